package org.gluster.restapi.commands.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonException;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gluster.restapi.validation.InvalidInputException;

/** A command's named parameters: the members of the JSON object in the body (none when empty). */
final class JsonBody {

    private JsonBody() {
    }

    static Map<String, Object> parameters(byte[] body) {
        if (body == null || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return Map.of();
        }
        JsonValue json;
        try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
            json = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidInputException("body", "is not JSON: " + e.getMessage());
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
