package org.gluster.restapi.jobs.boundary;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.gluster.restapi.problems.NotFoundException;

/**
 * A path under /v1/async is the asynchronous form of a long operation only: of a method that takes
 * {@code Prefer}, as the document's {@code <operationId>Async} operations are. Whatever else
 * {@link AsyncForm} rewrote is not found, and its method does not run.
 */
@Provider
public class AsyncFormMatch implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(AsyncForm.REWRITTEN) != null && !takesPrefer(resource.getResourceMethod())) {
            throw new NotFoundException("no asynchronous form of " + request.getMethod() + " /" + AsyncForm.PREFIX
                    + request.getUriInfo().getPath(false).substring("v1/".length()) + ": only long operations have one"
                    + " (the <operationId>Async operations of /openapi)");
        }
    }

    static boolean takesPrefer(Method method) {
        return method != null && Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                .anyMatch(a -> a instanceof HeaderParam header && AsyncResponses.PREFER.equalsIgnoreCase(header.value()));
    }
}
