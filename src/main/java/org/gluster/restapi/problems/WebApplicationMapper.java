package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (404 route, 405, 406, 415, ...) as problems, keeping their headers. */
@Provider
@ApplicationScoped
public class WebApplicationMapper extends ProblemMapper<WebApplicationException> {

    @Override
    public Problem problem(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    }

    @Override
    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, WebApplicationException e) {
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response;
    }
}
