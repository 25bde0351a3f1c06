package org.gluster.restapi.openapi;

import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.gluster.restapi.commands.control.CommandRegistry;

/**
 * Completes the scanned document: the version, one relative server, the Problem schema, the
 * command targets, one entry per tag, and every operation's success schema, path parameters and errors.
 */
public class OpenApiDocument implements OASFilter {

    /** Schemas that resources answer lists of, as {@code <name>List}: Payara's scan cannot say "an array of X". */
    private static final List<String> LISTED = List.of("Volume", "VolumeOption", "Peer", "Job", "BrickState", "BrickHealInfo", "BrickHealSummary",
            "QuotaLimit", "BrickProfile", "BrickTop", "Snapshot", "SnapshotStatus", "Webhook", "Delivery", "GeorepSession");
    /** The /v1 resources' path parameters, said once here rather than on every method. */
    private static final Map<String, String[]> PATH_PARAMETERS = Map.of(
            "name", new String[]{"the volume", "gv0"},
            "key", new String[]{"the option", "performance.cache-size"},
            "host", new String[]{"the peer's host name or address", "node2"},
            "snapshot", new String[]{"the snapshot", "gv0-nightly"},
            "secondaryHost", new String[]{"the secondary volume's host (a DNS name or IPv4 address)", "backup1"},
            "secondaryVolume", new String[]{"the secondary volume", "gv0-copy"},
            "option", new String[]{"the geo-replication option, as config names it", "sync-jobs"},
            "id", new String[]{"the job's id, <node>-<uuid>, from the Location of its 202",
                    "n1-5939c326-d57d-4f70-a772-2353374cf2ec"});

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        CommandRegistry registry = CDI.current().select(CommandRegistry.class).get();
        PayaraEndpoints.drop(openAPI);
        openAPI.getInfo().version(ConfigProvider.getConfig().getOptionalValue("glusterrest.version", String.class)
                .orElse("unknown"));
        openAPI.servers(List.of(OASFactory.createObject(Server.class).url("/")
                .description("this node (every node of the pool serves the same API)")));
        RecordSchemas.of(java.util.stream.Stream.concat(Records.ANSWERS.stream(), Records.BODIES.stream()).toList())
                .forEach(openAPI.getComponents()::addSchema);
        openAPI.getComponents().addSchema("JwkSet", OASFactory.createObject(Schema.class).type(Schema.SchemaType.OBJECT)
                .description("RFC 7517: {\"keys\": [...]}, the pool's RSA public key").addProperty("keys",
                        OASFactory.createObject(Schema.class).type(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createObject(Schema.class).ref("Jwk"))).required(List.of("keys")));
        Schema jwk = OASFactory.createObject(Schema.class).type(Schema.SchemaType.OBJECT)
                .description("an RSA public key (RFC 7517, 7518): kty RSA, use sig, kid its RFC 7638 thumbprint")
                .required(List.of("kty", "use", "kid", "n", "e"));
        List.of("kty", "use", "kid", "n", "e").forEach(member -> jwk.addProperty(member,
                OASFactory.createObject(Schema.class).type(Schema.SchemaType.STRING)));
        openAPI.getComponents().addSchema("Jwk", jwk);
        LISTED.forEach(item -> openAPI.getComponents().addSchema(item + "List", OASFactory.createObject(Schema.class)
                .type(Schema.SchemaType.ARRAY).items(OASFactory.createObject(Schema.class).ref(item))));
        CommandOperations.addTo(openAPI, registry);
        AsyncOperations.split(openAPI);
        openAPI.tags(mergedTags(openAPI.getTags()));
        Examples examples = Examples.load();
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.PATH)
                                .forEach(OpenApiDocument::describe);
                    }
                    OperationErrors.complete(path, method, operation, registry);
                    plainHeaders(operation);
                    examples.attach(operation);
                }));
        UnusedSchemas.prune(openAPI);
    }

    /**
     * A response header's schema is its type alone: Payara writes every default of an inline
     * {@code @Schema} (minLength, uniqueItems, ... on an integer) and none for a header that names no
     * type, and generators warn about both (a header without one even became a body parameter).
     */
    private static void plainHeaders(Operation operation) {
        operation.getResponses().getAPIResponses().values().stream().filter(r -> r.getHeaders() != null)
                .flatMap(r -> r.getHeaders().values().stream()).forEach(header -> header.schema(OASFactory
                        .createObject(Schema.class).type(header.getSchema() == null || header.getSchema().getType() == null
                                ? Schema.SchemaType.STRING : header.getSchema().getType())));
    }

    private static void describe(Parameter parameter) {
        parameter.required(true);
        String[] said = PATH_PARAMETERS.get(parameter.getName());
        if (parameter.getDescription() == null && said != null) {
            parameter.description(said[0]).example(said[1]);
        }
    }

    /** Payara lists a tag once per class that names it; one entry each, with its description. */
    private static List<Tag> mergedTags(List<Tag> tags) {
        Map<String, Tag> merged = new LinkedHashMap<>();
        for (Tag tag : tags == null ? List.<Tag>of() : tags) {
            Tag known = merged.putIfAbsent(tag.getName(), tag);
            if (known != null && known.getDescription() == null) {
                merged.put(tag.getName(), tag);
            }
        }
        merged.putIfAbsent(CommandOperations.TAG, OASFactory.createObject(Tag.class).name(CommandOperations.TAG)
                .description("POST /rest/v1/{command}: gluster commands and the gateway's own, in the Storage Virtualize style"));
        return new ArrayList<>(merged.values());
    }
}
