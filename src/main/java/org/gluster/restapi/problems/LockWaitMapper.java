package org.gluster.restapi.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.commands.CliBusyException;

@Provider
public class LockWaitMapper extends ProblemMapper<CliBusyException> {

    @Override
    protected Problem problem(CliBusyException e) {
        return Problem.of(429, "Too many requests", "limit cli-concurrency: " + e.getMessage());
    }

    @Override
    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, CliBusyException e) {
        return response.header("Retry-After", String.valueOf(Math.max(1, e.waitedSeconds() / 2)));
    }
}
