package org.gluster.restapi.openapi;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Real responses as examples, recorded from a gateway on a real glusterd: {@code <operationId>.json}
 * (or {@code <operationId>-<status>.json}) for an operation's success, {@code response-202.json} for
 * any job accepted, {@code problem-<status>.json} for an error status.
 */
final class Examples {

    private static final String DIRECTORY = "META-INF/openapi-examples/";
    private final Map<String, Optional<Object>> loaded = new HashMap<>();

    private Examples() {
    }

    static Examples load() {
        return new Examples();
    }

    void attach(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (response.getContent() == null) {
                return;
            }
            List<String> names = code.startsWith("2")
                    ? List.of(operation.getOperationId() + "-" + code, code.equals("202") ? "response-202"
                    : String.valueOf(operation.getOperationId()))
                    : List.of("problem-" + code);
            names.stream().map(this::example).flatMap(Optional::stream).findFirst().ifPresent(example -> response
                    .getContent().getMediaTypes().values().forEach(media -> media.example(example)));
        });
    }

    private Optional<Object> example(String name) {
        return loaded.computeIfAbsent(name, n -> {
            try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(DIRECTORY + n + ".json");
                 Jsonb json = JsonbBuilder.create()) {
                return in == null ? Optional.empty()
                        : Optional.of(json.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("example " + n + " is not JSON", e);
            }
        });
    }
}
