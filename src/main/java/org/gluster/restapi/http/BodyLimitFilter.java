package org.gluster.restapi.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.validation.JsonNesting;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.gluster.restapi.problems.Problem;

/**
 * Bodies are read whole, up to 64 KiB, before anything else sees them: a larger one is refused with
 * 413 whatever its Content-Length claims, and the bytes stay available for whoever needs them raw.
 * A body nested deeper than {@link JsonNesting#MAX_DEPTH} is refused here too (400), before Jersey's
 * JSON-B reader (Yasson recurses into maps until the stack overflows) or any control parses it.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {

    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final long MAX_DISCARDED_BYTES = 4L * 1024 * 1024;
    public static final String RAW_BODY = "glusterrest.rawBody";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > MAX_BODY_BYTES) {
            discard(request.getEntityStream(), request.getLength());
            abort(request);
            return;
        }
        if (!request.hasEntity()) {
            bodiless(request);
            return;
        }
        try (InputStream in = request.getEntityStream()) {
            byte[] body = WorkerPool.readAtMost(in, MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                abort(request);
                return;
            }
            if (body.length == 0) {
                bodiless(request);
                return;
            }
            try {
                JsonNesting.atMost(body, JsonNesting.MAX_DEPTH);
            } catch (InvalidInputException tooDeep) {
                request.abortWith(Problem.of(400, "Invalid request", tooDeep.getMessage()).at(request.getUriInfo()
                        .getRequestUri().getRawPath()).response().build());
                return;
            }
            request.setProperty(RAW_BODY, body);
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    /** An empty body is no body, whatever Content-Type came with it (curl -d '' sends one): optional bodies stay optional. */
    private static void bodiless(ContainerRequestContext request) {
        request.setProperty(RAW_BODY, new byte[0]);
        request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }

    /** Reads a declared-too-large body away (up to a bound) so that the client gets to read the 413. */
    private static void discard(InputStream in, long declared) throws IOException {
        for (long left = declared <= MAX_DISCARDED_BYTES ? declared : 0; left > 0; ) {
            int read = WorkerPool.readAtMost(in, (int) Math.min(left, MAX_BODY_BYTES)).length;
            if (read == 0) {
                return;
            }
            left -= read;
        }
    }

    private static void abort(ContainerRequestContext request) {
        request.abortWith(Problem.of(413, "Content Too Large",
                "a request body has at most " + MAX_BODY_BYTES + " bytes").at(request.getUriInfo().getRequestUri()
                .getRawPath()).response().build());
    }
}
