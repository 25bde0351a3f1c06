package org.gluster.restapi.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.problems.AuthenticationFailedException;
import org.gluster.restapi.problems.TooManyRequestsException;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * What glustereventsd posts to this node's intake: {@code {"event", "message", "nodeid", "ts"}} with
 * the pool's bearer token. A wrong or missing token is refused before the body is read; a body that
 * is not such an event is refused; nothing refused enters the log.
 */
@ApplicationScoped
public class Intake {

    static final int MAX_BODY = 64 * 1024;
    private static final Pattern EVENT = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern NODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.:_-]{0,63}");

    @Inject
    IntakeToken token;

    @Inject
    EventLog log;

    @Inject
    Clock clock;

    private volatile Instant lastTaken;

    public void take(String authorization, byte[] body) {
        if (!token.admits(authorization)) {
            throw AuthenticationFailedException.unauthorized("the events intake takes only glustereventsd's posts"
                    + " with the pool's intake token");
        }
        NewEvent event = parse(body);
        if (!log.publish(event)) {
            throw new TooManyRequestsException("events", "the event log's queue is full", 1);
        }
        lastTaken = clock.instant();
    }

    /** When this node last took in an event of glustereventsd, or null. */
    public Instant lastTaken() {
        return lastTaken;
    }

    static NewEvent parse(byte[] body) {
        if (body == null || body.length == 0 || body.length > MAX_BODY) {
            throw new InvalidInputException("body", "an event of glustereventsd is a JSON object of at most "
                    + MAX_BODY + " bytes");
        }
        JsonObject object;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "an event of glustereventsd is a JSON object");
        }
        String event = text(object, "event", EVENT);
        String node = text(object, "nodeid", NODE);
        JsonValue message = object.getOrDefault("message", JsonValue.EMPTY_JSON_OBJECT);
        if (message.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("message", "is an object");
        }
        return new NewEvent(node, event, message.asJsonObject());
    }

    private static String text(JsonObject object, String name, Pattern shape) {
        if (object.get(name) instanceof JsonString value && shape.matcher(value.getString()).matches()) {
            return value.getString();
        }
        throw new InvalidInputException(name, "is missing or not of the form " + shape.pattern());
    }
}
