package org.gluster.restapi.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.gluster.restapi.commands.Families;
import org.junit.jupiter.api.Test;

class CommandOperationsTest {

    private final OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths())
            .components(OASFactory.createComponents());

    /**
     * Generators name a schema by its component name with case and punctuation dropped, and an inline
     * body after its operation: volume-create's inline body was "volume_create_request", the record
     * VolumeCreateRequest's name too, and the generated createVolume lost its fields.
     */
    @Test
    void everyBodyIsAComponentAndNoTwoSchemasAreNamedAlikeByAGenerator() {
        CommandOperations.addTo(document, Families.registry());
        RecordSchemas.of(Stream.concat(Records.ANSWERS.stream(), Records.BODIES.stream()).toList())
                .forEach(document.getComponents()::addSchema);
        List<String> wrong = new ArrayList<>();
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
            if (operation.getRequestBody() != null) {
                var schema = operation.getRequestBody().getContent().getMediaType("application/json").getSchema();
                if (schema.getRef() == null) {
                    wrong.add(verb + " " + path + " has an inline body");
                } else {
                    assertNotNull(document.getComponents().getSchemas()
                            .get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)), schema.getRef());
                }
            }
        }));
        Map<String, String> generated = new HashMap<>();
        document.getComponents().getSchemas().keySet().forEach(name -> {
            String known = generated.put(name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT), name);
            if (known != null) {
                wrong.add(known + " and " + name + " are named alike");
            }
        });
        assertEquals(List.of(), wrong);
        assertNotNull(document.getComponents().getSchemas().get("VolumeCreateParameters"));
        assertNotNull(document.getComponents().getSchemas().get("VolumeCreateRequest").getProperties().get("name"));
    }
}
