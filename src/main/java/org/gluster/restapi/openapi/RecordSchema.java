package org.gluster.restapi.openapi;

import java.lang.reflect.RecordComponent;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The schema of a record whose components are strings, whole numbers and booleans, read off the record itself. */
final class RecordSchema {

    private RecordSchema() {
    }

    static Schema of(Class<? extends Record> type) {
        Schema schema = OASFactory.createObject(Schema.class).type(Schema.SchemaType.OBJECT);
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> javaType = component.getType();
            Schema.SchemaType kind = javaType == String.class ? Schema.SchemaType.STRING
                    : javaType == int.class || javaType == Integer.class || javaType == long.class
                    || javaType == Long.class ? Schema.SchemaType.INTEGER
                    : javaType == boolean.class || javaType == Boolean.class ? Schema.SchemaType.BOOLEAN : null;
            if (kind == null) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName() + " is "
                        + javaType.getSimpleName() + ", not a string, a whole number or a boolean");
            }
            schema.addProperty(component.getName(), OASFactory.createObject(Schema.class).type(kind));
        }
        return schema;
    }
}
