package org.gluster.restapi.events.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * One event of the pool as the log keeps it: {@code id} is unique in the pool and increasing in the
 * order the events were taken in; {@code time} is when the gateway took it in (GlusterFS's own
 * {@code ts} is whole seconds, kept in nothing but its order); {@code node} the UUID of the glusterd
 * whose process saw it (for the gateway's own events, the node whose gateway did it); {@code event}
 * GlusterFS's name (VOLUME_SET, BRICK_DISCONNECTED, …) or one of {@link GatewayEvents}; {@code message}
 * the event's fields as GlusterFS sent them.
 */
@JsonbPropertyOrder({"id", "time", "node", "event", "message"})
public record Event(long id, Instant time, String node, String event, JsonObject message) {

    /**
     * The volume the event is about, when its message names one ({@code volume}, {@code name} of VOLUME_*,
     * the primary volume of GEOREP_*: {@code primary_volume} from gsyncd, {@code primary} from the CLI).
     */
    public String volume() {
        if (message == null) {
            return null;
        }
        if (message.get("volume") instanceof JsonString volume) {
            return volume.getString();
        }
        if (event.startsWith("GEOREP_")) {
            return message.get("primary_volume") instanceof JsonString primary ? primary.getString()
                    : message.get("primary") instanceof JsonString cli ? cli.getString() : null;
        }
        return event.startsWith("VOLUME_") && message.get("name") instanceof JsonString name
                ? name.getString() : null;
    }

    /** Whether {@code event} is one of the names, each exact or a prefix ending in {@code *}; none matches every event. */
    public static boolean named(String event, List<String> names) {
        return names == null || names.isEmpty() || names.stream().anyMatch(name -> name.endsWith("*")
                ? event.startsWith(name.substring(0, name.length() - 1)) : event.equals(name));
    }
}
