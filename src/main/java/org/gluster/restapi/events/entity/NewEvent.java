package org.gluster.restapi.events.entity;

import jakarta.json.JsonObject;
import java.util.Objects;

/** An event before the log has given it an id and a time. */
public record NewEvent(String node, String event, JsonObject message) {

    public NewEvent {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(event, "event");
        message = message == null ? JsonObject.EMPTY_JSON_OBJECT : message;
    }
}
