package org.gluster.restapi.audit;

import org.gluster.restapi.commands.entity.AuditEvent;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.http.BodyLimitFilter;

/**
 * Writes every mutating request, through either surface, to the audit log with the status it was
 * answered with, failures included.
 */
@Provider
public class AuditFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int MAX_ARGUMENTS = 2000;

    @Inject
    AuditLog log;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        AuditEvent event = event(request);
        if (event == null) {
            return;
        }
        Caller caller = Caller.from(request.getProperty(Caller.ATTRIBUTE))
                .orElseGet(() -> new Caller("unknown", "", Caller.Kind.ANONYMOUS, null));
        String arguments = event.arguments().length() > MAX_ARGUMENTS
                ? event.arguments().substring(0, MAX_ARGUMENTS) + "…" : event.arguments();
        try {
            log.record(caller.name(), caller.kind().name().toLowerCase(), event.command(), arguments,
                    response.getStatus());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the audit log could not record " + event.command() + " by " + caller.name(), e);
        }
    }

    private AuditEvent event(ContainerRequestContext request) {
        if (request.getProperty(AuditEvent.ATTRIBUTE) instanceof AuditEvent event) {
            return event;
        }
        String path = "/" + request.getUriInfo().getPath();
        if (!path.startsWith("/v1/") || READ_METHODS.contains(request.getMethod())) {
            return null;
        }
        byte[] body = (byte[]) request.getProperty(BodyLimitFilter.RAW_BODY);
        return new AuditEvent(request.getMethod() + " " + path,
                body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }
}
