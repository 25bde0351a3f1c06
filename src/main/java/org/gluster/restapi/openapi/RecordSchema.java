package org.gluster.restapi.openapi;

import java.lang.reflect.RecordComponent;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The schema of a record whose components are strings and whole numbers, read off the record itself. */
final class RecordSchema {

    private RecordSchema() {
    }

    static Schema of(Class<? extends Record> type) {
        Schema schema = OASFactory.createObject(Schema.class).type(Schema.SchemaType.OBJECT);
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> javaType = component.getType();
            Schema.SchemaType kind = javaType == String.class ? Schema.SchemaType.STRING
                    : javaType == int.class || javaType == Integer.class ? Schema.SchemaType.INTEGER : null;
            if (kind == null) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName() + " is "
                        + javaType.getSimpleName() + ", not a string or a whole number");
            }
            schema.addProperty(component.getName(), OASFactory.createObject(Schema.class).type(kind));
        }
        return schema;
    }
}
