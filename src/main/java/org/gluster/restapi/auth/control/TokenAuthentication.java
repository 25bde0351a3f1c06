package org.gluster.restapi.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gluster.restapi.http.RequestLog;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.problems.AuthenticationFailedException;
import org.gluster.restapi.problems.Problem;
import org.gluster.restapi.settings.AuthMode;

/**
 * The container's authentication: every request under /v1 and /rest (but /auth and the explorer's
 * own files) must carry a valid token before any resource runs; the caller's name and group, with
 * the roles below it, go to the container, which enforces {@code @RolesAllowed}. It is also the
 * first code a request meets, so it starts the request log and logs the requests it refuses.
 */
@ApplicationScoped
public class TokenAuthentication implements HttpAuthenticationMechanism {

    
    private static final Logger LOG = Logger.getLogger(TokenAuthentication.class.getName());
    private static final Set<String> OPEN_PATHS = Set.of("/rest/v1/auth", "/rest/auth");
    private static final String EXPLORER = "/rest/explorer";

    @Inject
    Credentials credentials;

    @Inject
    AuthMode mode;

    @Inject
    RequestLog requestLog;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        requestLog.begin(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!mode.enabled()) {
            request.setAttribute(Caller.ATTRIBUTE, new Caller("anonymous", Roles.SECURITY_ADMIN, Caller.Kind.ANONYMOUS, null));
            return context.notifyContainerAboutLogin("anonymous", Roles.grantedTo(Roles.SECURITY_ADMIN));
        }
        if (!isProtected(path)) {
            return context.doNothing();
        }
        try {
            Caller caller = credentials.authenticate(Collections.list(request.getHeaders("X-Auth-Token")),
                    Collections.list(request.getHeaders("Authorization")));
            request.setAttribute(Caller.ATTRIBUTE, caller);
            return context.notifyContainerAboutLogin(caller.name(), Roles.grantedTo(caller.group()));
        } catch (AuthenticationFailedException refused) {
            LOG.fine(() -> "refused " + request.getMethod() + " " + path + ": " + refused.getMessage());
            requestLog.end(request, refused.status());
            return refuse(response, path, refused);
        } catch (UncheckedIOException stateUnavailable) {
            LOG.log(Level.WARNING, "users and apps cannot be read: {0}", stateUnavailable.getMessage());
            requestLog.end(request, 503);
            response.setHeader("Retry-After", "10");
            Problem.of(503, "State storage unavailable", "the gateway cannot read its users and apps now").at(path)
                    .writeTo(response);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    public static boolean isProtected(String path) {
        return (path.startsWith("/v1/") || path.equals("/v1") || path.startsWith("/rest/"))
                && !OPEN_PATHS.contains(path) && !path.startsWith(EXPLORER);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String path,
                                               AuthenticationFailedException refused) {
        int status = refused.status();
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"glusterrestd\", error=\"invalid_token\"");
        }
        Problem.of(status, status == 401 ? "Unauthorized" : "Forbidden", refused.getMessage()).at(path)
                .writeTo(response);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
