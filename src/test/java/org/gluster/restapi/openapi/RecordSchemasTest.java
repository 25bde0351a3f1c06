package org.gluster.restapi.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.gluster.restapi.http.JsonbConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Every record the resources answer or read, written by the server's own JSON-B configuration, has
 * exactly the properties, types and required members its schema says (OpenApiIT checks the same
 * against the served document with a JSON Schema validator).
 */
class RecordSchemasTest {

    private final Jsonb jsonb = new JsonbConfiguration().getContext(Object.class);
    private final Map<String, Schema> schemas = RecordSchemas.of(Stream.concat(Records.ANSWERS.stream(),
            Records.BODIES.stream()).toList());

    @Test
    void everyRecordOnTheWireMatchesItsSchemaFullAndSparse() {
        List<String> wrong = new ArrayList<>();
        for (Class<? extends Record> type : Stream.concat(Records.ANSWERS.stream(), Records.BODIES.stream()).toList()) {
            for (Object sample : List.of(RecordSamples.full(type), RecordSamples.sparse(type))) {
                JsonValue json = Json.createReader(new StringReader(jsonb.toJson(sample))).readValue();
                check(type.getSimpleName(), json, schemas.get(type.getSimpleName()), wrong);
            }
            JsonObject full = Json.createReader(new StringReader(jsonb.toJson(RecordSamples.full(type)))).readObject();
            schemas.get(type.getSimpleName()).getProperties().keySet().stream().filter(k -> !full.containsKey(k))
                    .forEach(k -> wrong.add(type.getSimpleName() + "." + k + " is in the schema but never on the wire"));
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * The reverse for what clients send: a body with every property of its schema, as the schema
     * names them, is read by the server's JSON-B (which refuses unknown members) into the same record.
     */
    @Test
    void everyRequestBodyWrittenAsItsSchemaSaysIsReadBackWhole() {
        for (Class<? extends Record> type : Records.BODIES) {
            Object sample = RecordSamples.full(type);
            String json = jsonb.toJson(sample);
            JsonObject written = Json.createReader(new StringReader(json)).readObject();
            assertEquals(schemas.get(type.getSimpleName()).getProperties().keySet(), written.keySet(), type.getName());
            assertEquals(sample, jsonb.fromJson(json, type), type.getName());
        }
    }

    @Test
    void theOptionSaysDefaultAsTheWireDoesAndTimesAreDateTimeStrings() {
        assertTrue(schemas.get("VolumeOption").getProperties().containsKey("default"));
        assertEquals(List.of("name", "default"), schemas.get("VolumeOption").getRequired());
        Schema created = schemas.get("Job").getProperties().get("created");
        assertEquals(Schema.SchemaType.STRING, created.getType());
        assertEquals("date-time", created.getFormat());
        assertEquals(List.of("id", "node", "operation", "state", "created"), schemas.get("Job").getRequired());
    }

    private void check(String at, JsonValue json, Schema schema, List<String> wrong) {
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            check(at, json, schemas.get(name), wrong);
            return;
        }
        if (schema.getType() == null) {
            return;
        }
        switch (schema.getType()) {
            case OBJECT -> {
                if (!(json instanceof JsonObject object)) {
                    wrong.add(at + " is not an object: " + json);
                    return;
                }
                if (schema.getRequired() != null) {
                    schema.getRequired().stream().filter(r -> !object.containsKey(r))
                            .forEach(r -> wrong.add(at + "." + r + " is required but absent in " + json));
                }
                object.forEach((key, value) -> {
                    Schema property = schema.getProperties() == null ? null : schema.getProperties().get(key);
                    if (property == null) {
                        property = schema.getAdditionalPropertiesSchema();
                    }
                    if (property == null && !Boolean.TRUE.equals(schema.getAdditionalPropertiesBoolean())) {
                        wrong.add(at + "." + key + " is on the wire but not in the schema");
                    } else if (property != null) {
                        check(at + "." + key, value, property, wrong);
                    }
                });
            }
            case ARRAY -> {
                if (json instanceof JsonArray array) {
                    array.forEach(item -> check(at + "[]", item, schema.getItems(), wrong));
                } else {
                    wrong.add(at + " is not an array: " + json);
                }
            }
            case STRING -> {
                if (!(json instanceof JsonString string)) {
                    wrong.add(at + " is not a string: " + json);
                } else if ("date-time".equals(schema.getFormat())) {
                    try {
                        OffsetDateTime.parse(string.getString());
                    } catch (RuntimeException e) {
                        wrong.add(at + " is not an RFC 3339 date-time: " + string);
                    }
                }
            }
            case INTEGER -> {
                if (!(json instanceof JsonNumber number) || !number.isIntegral()) {
                    wrong.add(at + " is not an integer: " + json);
                }
            }
            case NUMBER -> {
                if (!(json instanceof JsonNumber)) {
                    wrong.add(at + " is not a number: " + json);
                }
            }
            case BOOLEAN -> {
                if (json != JsonValue.TRUE && json != JsonValue.FALSE) {
                    wrong.add(at + " is not a boolean: " + json);
                }
            }
            default -> wrong.add(at + " has type " + schema.getType());
        }
    }
}
