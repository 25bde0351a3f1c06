package org.gluster.restapi.problems;

import jakarta.ejb.ConcurrentAccessTimeoutException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** The façade stayed busy for longer than a caller may wait for it. */
@Provider
public class LockWaitMapper extends ProblemMapper<ConcurrentAccessTimeoutException> {

    @Override
    protected Problem problem(ConcurrentAccessTimeoutException e) {
        return Problem.of(429, "Too many requests",
                "limit cli-concurrency: the gluster CLI of this node stayed busy longer than a request may wait");
    }

    @Override
    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response,
                                                ConcurrentAccessTimeoutException e) {
        return response.header("Retry-After", "5");
    }
}
