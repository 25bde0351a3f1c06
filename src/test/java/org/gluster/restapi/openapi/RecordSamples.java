package org.gluster.restapi.openapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Instances of any record, built from its components: {@code full} fills every component (lists and
 * maps with one entry), {@code sparse} leaves every reference null that the record does not declare
 * required, as JSON-B then leaves it out of the wire.
 */
public final class RecordSamples {

    private RecordSamples() {
    }

    public static Object full(Class<?> type) {
        return build(type, true);
    }

    public static Object sparse(Class<?> type) {
        return build(type, false);
    }

    private static Object build(Class<?> type, boolean full) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Schema said = components[i].getAccessor().getAnnotation(Schema.class);
            boolean keep = full || types[i].isPrimitive() || said != null && said.required();
            values[i] = keep ? value(components[i].getGenericType(), full) : null;
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName(), e);
        }
    }

    private static Object value(Type type, boolean full) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Object element = value(generic.getActualTypeArguments()[generic.getActualTypeArguments().length - 1], full);
            return Collection.class.isAssignableFrom(raw) ? List.of(element) : Map.of("key", element);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "text";
        }
        if (c == int.class || c == Integer.class) {
            return 7;
        }
        if (c == long.class || c == Long.class) {
            return 1L << 40;
        }
        if (c == double.class || c == Double.class) {
            return 1.5;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == Instant.class) {
            return Instant.parse("2026-12-04T05:49:28.123456Z");
        }
        if (c == JsonObject.class) {
            return Json.createObjectBuilder().add("volume", "gv0").add("count", 2).build();
        }
        if (c == Object.class) {
            return Map.of("files", 3, "node", "node1");
        }
        if (c.isRecord()) {
            return build(c, full);
        }
        throw new IllegalArgumentException("no sample for " + c);
    }
}
