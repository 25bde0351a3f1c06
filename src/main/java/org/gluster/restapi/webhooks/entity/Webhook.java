package org.gluster.restapi.webhooks.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * A webhook as clients see it. {@code secret} is shown once, in the answer to its creation, and never
 * again; {@code disabled} says why delivery stopped when the gateway disabled it after failing for the
 * whole retry period; {@code failingSince} and {@code nextAttempt} are set while an event is retried.
 */
@JsonbPropertyOrder({"id", "url", "events", "description", "enabled", "created", "disabled", "lastDelivered",
        "failingSince", "nextAttempt", "secret"})
public record Webhook(String id, String url, List<String> events, String description, boolean enabled,
                      Instant created, String disabled, long lastDelivered, Instant failingSince,
                      Instant nextAttempt, String secret) {
}
