package org.gluster.restapi.problems;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem. For failures the gluster CLI reported, {@code opRet}, {@code opErrno} and
 * {@code opErrstr} are the CLI's own values; {@code output} is CLI text that was not XML.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "opRet", "opErrno", "opErrstr", "output"})
public record Problem(@Schema(required = true) String type, @Schema(required = true) String title, int status, String detail, String instance,
                      Integer opRet, Integer opErrno, String opErrstr, String output) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Jsonb JSON = JsonbBuilder.create();
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null, null, null);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, opRet, opErrno, opErrstr, output);
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(PROBLEM_JSON).entity(this);
    }

    /** For the servlet layer (authentication, limits), where JAX-RS does not write the answer. */
    public void writeTo(HttpServletResponse response) {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        try {
            response.getWriter().write(JSON.toJson(this));
        } catch (IOException e) {
            // the client left before its answer was written
        }
    }
}
