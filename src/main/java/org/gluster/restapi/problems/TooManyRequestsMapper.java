package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class TooManyRequestsMapper extends ProblemMapper<TooManyRequestsException> {

    @Inject
    Refusals refusals;

    @Override
    public Problem problem(TooManyRequestsException e) {
        refusals.refused(e.limit());
        return e.problem();
    }

    @Override
    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, TooManyRequestsException e) {
        return response.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
    }
}
