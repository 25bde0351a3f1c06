package org.gluster.restapi.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.cli.GlusterdUnavailableException;

@Provider
public class GlusterdUnavailableMapper extends ProblemMapper<GlusterdUnavailableException> {

    @Override
    protected Problem problem(GlusterdUnavailableException e) {
        return Problem.of(503, "glusterd unavailable", e.getMessage());
    }

    @Override
    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, GlusterdUnavailableException e) {
        return response.header("Retry-After", "10");
    }
}
