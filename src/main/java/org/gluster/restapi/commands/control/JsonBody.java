package org.gluster.restapi.commands.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.validation.JsonNesting;

/**
 * A command's named parameters: the members of the JSON object in the body. An empty body, {@code {}}
 * and the JSON literal {@code null} all mean none: clients of Storage Virtualize (its Ansible
 * collection's REST client, for one) send {@code null} for every command without named parameters.
 */
final class JsonBody {

    private JsonBody() {
    }

    static Map<String, Object> parameters(byte[] body) {
        if (body == null || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return Map.of();
        }
        JsonNesting.atMost(body, JsonNesting.MAX_DEPTH);
        JsonValue json;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            parser.next();
            json = parser.getValue();
            if (parser.hasNext()) {
                throw new InvalidInputException("body", "is one JSON value, with nothing after it");
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new InvalidInputException("body", "is not JSON: " + e.getMessage());
        }
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return Map.of();
        }
        if (!(json instanceof JsonObject object)) {
            throw new InvalidInputException("body", "is a JSON object of named parameters");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        object.forEach((name, value) -> parameters.put(name, plain(value)));
        return parameters;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> ((JsonArray) value).stream().map(JsonBody::plain).toList();
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
        };
    }

}
