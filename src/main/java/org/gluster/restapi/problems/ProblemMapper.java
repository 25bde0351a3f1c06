package org.gluster.restapi.problems;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The shape every mapper shares: a problem, answered with the request's path as its instance. */
public abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    UriInfo uriInfo;

    protected abstract Problem problem(E exception);

    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, E exception) {
        return response;
    }

    @Override
    public Response toResponse(E exception) {
        String path = uriInfo == null ? null : "/" + uriInfo.getPath();
        return decorate(problem(exception).at(path).response(), exception).build();
    }
}
