package org.gluster.restapi.openapi;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The schemas of records as JSON-B writes them, read off the records themselves, so the document
 * cannot drift from the wire: a property's name is its {@code @JsonbProperty} name or the
 * component's; primitives, which are always written, are required, and so is a component whose
 * accessor says {@code @Schema(required = true)} (JSON-B leaves nulls out, so the rest may be absent);
 * {@code Instant} is a {@code date-time} string; lists are arrays, maps objects, nested records
 * references to their own schema, which is added too.
 */
final class RecordSchemas {

    private final Map<String, Schema> schemas = new TreeMap<>();
    private final Map<String, Class<?>> origins = new TreeMap<>();

    /** Each record's schema by simple name, with every record it refers to. */
    static Map<String, Schema> of(Collection<Class<? extends Record>> roots) {
        RecordSchemas all = new RecordSchemas();
        roots.forEach(all::add);
        return all.schemas;
    }

    private void add(Class<?> type) {
        Class<?> known = origins.putIfAbsent(type.getSimpleName(), type);
        if (known != null) {
            if (known != type) {
                throw new IllegalStateException("two records named " + type.getSimpleName());
            }
            return;
        }
        Schema schema = schema(Schema.SchemaType.OBJECT);
        org.eclipse.microprofile.openapi.annotations.media.Schema described = type
                .getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (described != null && !described.description().isEmpty()) {
            schema.description(described.description());
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                continue;
            }
            JsonbProperty named = component.getAccessor().getAnnotation(JsonbProperty.class);
            String name = named != null && !named.value().isEmpty() ? named.value() : component.getName();
            org.eclipse.microprofile.openapi.annotations.media.Schema said = component.getAccessor()
                    .getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            Schema property = property(component.getGenericType());
            if (said != null && !said.description().isEmpty()) {
                property.description(said.description());
            }
            schema.addProperty(name, property);
            if (component.getType().isPrimitive() || said != null && said.required()) {
                required.add(name);
            }
        }
        schema.required(required.isEmpty() ? null : required);
        schemas.put(type.getSimpleName(), schema);
    }

    private Schema property(Type type) {
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (raw instanceof Class<?> c && Collection.class.isAssignableFrom(c)) {
                return schema(Schema.SchemaType.ARRAY).items(property(arguments[0]));
            }
            if (raw instanceof Class<?> c && Map.class.isAssignableFrom(c)) {
                return schema(Schema.SchemaType.OBJECT).additionalPropertiesSchema(property(arguments[1]));
            }
            throw new IllegalArgumentException("no schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return schema(Schema.SchemaType.STRING);
        }
        if (c == int.class || c == Integer.class) {
            return schema(Schema.SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class) {
            return schema(Schema.SchemaType.INTEGER).format("int64");
        }
        if (c == double.class || c == Double.class) {
            return schema(Schema.SchemaType.NUMBER).format("double");
        }
        if (c == boolean.class || c == Boolean.class) {
            return schema(Schema.SchemaType.BOOLEAN);
        }
        if (c == Instant.class) {
            return schema(Schema.SchemaType.STRING).format("date-time");
        }
        if (c == JsonObject.class) {
            return schema(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(true);
        }
        if (c == Object.class) {
            // a job's progress and result: what the operation answers (Volume, TaskStatus, HealLaunch), always an object
            return schema(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(true)
                    .description("the operation's own answer (Volume, TaskStatus, HealLaunch, ...)");
        }
        if (c.isRecord()) {
            add(c);
            return OASFactory.createObject(Schema.class).ref(c.getSimpleName());
        }
        throw new IllegalArgumentException("no schema for " + c.getName());
    }

    private static Schema schema(Schema.SchemaType type) {
        return OASFactory.createObject(Schema.class).type(type);
    }
}
