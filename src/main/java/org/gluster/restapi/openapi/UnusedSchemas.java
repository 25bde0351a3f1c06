package org.gluster.restapi.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Drops the component schemas that no operation reaches (Payara's scan adds some for types it met on
 * the way, such as JAX-RS' Response): generators build a model for each, and OpenAPI Generator's
 * validate warns about every one.
 */
final class UnusedSchemas {

    private UnusedSchemas() {
    }

    static void prune(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        if (components == null) {
            return;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> schemasOf(operation).forEach(pending::add)));
        Set<String> used = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && components.get(name) != null) {
                    pending.push(components.get(name));
                }
            }
            Stream.of(java.util.Arrays.asList(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot()),
                            orEmpty(schema.getAllOf()), orEmpty(schema.getAnyOf()), orEmpty(schema.getOneOf()),
                            schema.getProperties() == null ? List.<Schema>of() : schema.getProperties().values())
                    .flatMap(c -> c.stream()).filter(Objects::nonNull).forEach(pending::push);
        }
        components.keySet().stream().filter(name -> !used.contains(name)).toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static Stream<Schema> schemasOf(Operation operation) {
        Stream<Schema> parameters = operation.getParameters() == null ? Stream.empty()
                : operation.getParameters().stream().map(p -> p.getSchema());
        Stream<Content> contents = Stream.concat(
                operation.getRequestBody() == null ? Stream.empty() : Stream.of(operation.getRequestBody().getContent()),
                operation.getResponses() == null ? Stream.empty()
                        : operation.getResponses().getAPIResponses().values().stream().map(r -> r.getContent()));
        return Stream.concat(parameters, contents.filter(Objects::nonNull)
                        .flatMap(c -> c.getMediaTypes().values().stream()).map(MediaType::getSchema))
                .filter(Objects::nonNull);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
