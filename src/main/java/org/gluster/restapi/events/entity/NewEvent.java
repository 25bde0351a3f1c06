package org.gluster.restapi.events.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.Objects;

/** An event before the log has given it an id and a time. */
public record NewEvent(String node, String event, JsonObject message) {

    public NewEvent {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(event, "event");
        message = message == null ? JsonObject.EMPTY_JSON_OBJECT : message;
    }

    /** An event whose message holds {@code fields}: numbers as numbers, anything else as its text, nulls left out. */
    public static NewEvent of(String node, String event, Map<String, ?> fields) {
        JsonObjectBuilder message = Json.createObjectBuilder();
        fields.forEach((key, value) -> {
            if (value instanceof Number number) {
                message.add(key, number.longValue());
            } else if (value != null) {
                message.add(key, value.toString());
            }
        });
        return new NewEvent(node, event, message.build());
    }
}
