package org.gluster.restapi.webhooks.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.gluster.restapi.events.entity.Event;

/** The body of every delivery, as Standard Webhooks suggests: the event's name, its time, and the event itself. */
@JsonbPropertyOrder({"type", "timestamp", "data"})
public record WebhookMessage(String type, Instant timestamp, Event data) {

    public static WebhookMessage of(Event event) {
        return new WebhookMessage(event.event(), event.time(), event);
    }
}
