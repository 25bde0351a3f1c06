package org.gluster.restapi.auth.control;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.http.BodyLimitFilter;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.problems.Problem;

/**
 * Binds an app token to the one request it was made for: the qsh claim must hash the method, the
 * path the client called and its query or raw body. Runs after the body was read (BodyLimitFilter)
 * and before any resource; the body reaches the resource unchanged.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class QshFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = Caller.from(request.getProperty(Caller.ATTRIBUTE)).filter(c -> c.kind() == Caller.Kind.APP)
                .orElse(null);
        if (caller == null) {
            return;
        }
        byte[] body = (byte[]) request.getProperty(BodyLimitFilter.RAW_BODY);
        String actual = Qsh.of(request.getMethod(), servletRequest.getRequestURI(), servletRequest.getQueryString(),
                body == null ? new byte[0] : body);
        if (!Qsh.matches(caller.qsh(), actual)) {
            request.abortWith(Problem.of(401, "Unauthorized", "the app token's qsh does not match this request"
                    + " (method, path and query or body)").at(servletRequest.getRequestURI()).response()
                    .header("WWW-Authenticate", "Bearer realm=\"glusterrestd\", error=\"invalid_token\"").build());
        }
    }
}
