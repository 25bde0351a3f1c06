package org.gluster.restapi.problems;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.ParameterizedType;
import java.util.Objects;

/** The shape every mapper shares: a problem, answered with the request's path as its instance. */
public abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Inject
    HttpServletRequest request;

    public abstract Problem problem(E exception);

    /** The exception type this mapper answers, read off its declaration (through any CDI proxy subclass). */
    public Class<?> handles() {
        for (Class<?> c = getClass(); c != null; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof ParameterizedType type && type.getRawType() == ProblemMapper.class) {
                return (Class<?>) type.getActualTypeArguments()[0];
            }
        }
        throw new IllegalStateException(getClass() + " does not say what it maps");
    }

    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, E exception) {
        return response;
    }

    @Override
    public Response toResponse(E exception) {
        String path = request == null ? null : Objects.toString(request.getServletPath(), "")
                + Objects.toString(request.getPathInfo(), "");
        return decorate(problem(exception).at(path).response(), exception).build();
    }
}
