package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.cli.GlusterdUnavailableException;

@Provider
@ApplicationScoped
public class GlusterdUnavailableMapper extends ProblemMapper<GlusterdUnavailableException> {

    @Override
    public Problem problem(GlusterdUnavailableException e) {
        return Problem.of(503, "glusterd unavailable", e.getMessage());
    }

    @Override
    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, GlusterdUnavailableException e) {
        return response.header("Retry-After", "10");
    }
}
