package org.gluster.restapi.events.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.gluster.restapi.commands.entity.AuditEvent;
import org.gluster.restapi.events.control.GatewayEventLog;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.identity.Caller;

/**
 * Tells the pool when a user or the security settings were changed through the gateway's own
 * commands (mkuser, chuser, rmuser, chsecurity) and the change succeeded; the event names the
 * command and who ran it, never its arguments (they may hold a password).
 */
@Provider
public class ChangeEvents implements ContainerResponseFilter {

    private static final Map<String, String> EVENTS = Map.of("mkuser", GatewayEvents.USER_CHANGED,
            "chuser", GatewayEvents.USER_CHANGED, "rmuser", GatewayEvents.USER_CHANGED,
            "chsecurity", GatewayEvents.SECURITY_CHANGED);

    @Inject
    GatewayEventLog events;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() / 100 != 2
                || !(request.getProperty(AuditEvent.ATTRIBUTE) instanceof AuditEvent audit)) {
            return;
        }
        String event = EVENTS.get(audit.command());
        if (event != null) {
            events.tell(event, Map.of("command", audit.command(),
                    "by", Caller.from(request.getProperty(Caller.ATTRIBUTE)).map(Caller::name).orElse("unknown")));
        }
    }
}
