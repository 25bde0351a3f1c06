package org.gluster.restapi.webhooks.control;

import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.webhooks.entity.Webhook;

/**
 * A webhook as the state keeps it, with its secret. {@code securityEvents}: whether it may get the
 * events only SecurityAdmin sees (it was created by one); {@code disabled} why the gateway stopped it.
 */
public record Endpoint(String id, String url, String secret, List<String> events, String description, boolean enabled,
                boolean securityEvents, Instant created, String disabled) {

    /** A test event goes to the webhook it names only; other events by the filter and the caller's rights. */
    boolean wants(Event event) {
        if (GatewayEvents.WEBHOOK_TEST.equals(event.event())) {
            return event.message() != null && event.message().get("webhook") instanceof JsonString named
                    && named.getString().equals(id);
        }
        if (GatewayEvents.isSecurity(event.event()) && !securityEvents) {
            return false;
        }
        return Event.named(event.event(), events);
    }

    Endpoint disabledBecause(String why) {
        return new Endpoint(id, url, secret, events, description, false, securityEvents, created, why);
    }

    Webhook view(Cursor cursor, String shownSecret) {
        return new Webhook(id, url, events, description, enabled, created, disabled, cursor.last(),
                cursor.firstFailure(), cursor.nextAttempt(), shownSecret);
    }
}
