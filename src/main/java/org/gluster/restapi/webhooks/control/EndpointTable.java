package org.gluster.restapi.webhooks.control;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The content of webhooks.json. */
public record EndpointTable(List<Endpoint> endpoints) {

    static EndpointTable empty() {
        return new EndpointTable(List.of());
    }

    Optional<Endpoint> find(String id) {
        return endpoints.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    EndpointTable with(Endpoint endpoint) {
        return new EndpointTable(Stream.concat(endpoints.stream().filter(e -> !e.id().equals(endpoint.id())),
                Stream.of(endpoint)).toList());
    }

    EndpointTable without(String id) {
        return new EndpointTable(endpoints.stream().filter(e -> !e.id().equals(id)).toList());
    }
}
