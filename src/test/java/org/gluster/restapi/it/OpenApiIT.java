package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gluster.restapi.auth.boundary.AuthResource;
import org.gluster.restapi.auth.boundary.KeysResource;
import org.gluster.restapi.bitrot.boundary.BitrotResource;
import org.gluster.restapi.volumes.boundary.BricksResource;
import org.gluster.restapi.heal.boundary.HealResource;
import org.gluster.restapi.profile.boundary.ProfileResource;
import org.gluster.restapi.profile.boundary.TopResource;
import org.gluster.restapi.quota.boundary.QuotaResource;
import org.gluster.restapi.rebalance.boundary.RebalanceResource;
import org.gluster.restapi.snapshots.boundary.SnapshotsResource;
import org.gluster.restapi.jobs.boundary.JobsResource;
import org.gluster.restapi.commands.Families;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.OwnCommand;
import org.gluster.restapi.openapi.RecordSamples;
import org.gluster.restapi.openapi.Records;
import org.gluster.restapi.peers.boundary.PeersResource;
import org.gluster.restapi.volumes.boundary.VolumesResource;
import org.gluster.restapi.webhooks.boundary.WebhooksResource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /openapi as the explorer and client generators read it, checked by a real OpenAPI 3 parser. */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    static final List<Class<?>> RESOURCES = List.of(VolumesResource.class, PeersResource.class, AuthResource.class,
            KeysResource.class, JobsResource.class, BricksResource.class, RebalanceResource.class, HealResource.class,
            QuotaResource.class, ProfileResource.class, TopResource.class, BitrotResource.class,
            SnapshotsResource.class, WebhooksResource.class);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(OpenApiIT.class, "glusterrest.webhooks.allow-http-loopback=true\n");
    }

    @ArquillianResource
    URL deployed;

    OpenAPI document;

    @BeforeEach
    void read() {
        var answer = new Gateway(deployed).get("/openapi?format=json");
        assertEquals(200, answer.status(), answer::toString);
        served(answer.body());
        document = validated(answer.body());
    }

    /**
     * Payara 6.2025.10 adds a top-level "endpoints" field that OpenAPI 3 does not have (it lists the
     * paths again; payara/Payara#7891 renames it x-endpoints); the document's filter empties it, so the
     * parser has no complaint at all.
     */
    static OpenAPI validated(String body) {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(body);
        assertEquals(List.of(), parsed.getMessages(), "the parser's complaints");
        assertNotNull(parsed.getOpenAPI());
        return parsed.getOpenAPI();
    }

    /** The served document as target/openapi.json, for openapi-generator and whoever reads the build. */
    static final java.nio.file.Path SERVED = java.nio.file.Path.of("target", "openapi.json").toAbsolutePath();

    static void served(String body) {
        try {
            java.nio.file.Files.writeString(SERVED, body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }


    /**
     * Generated clients send Accept: application/problem+json alone where the document lists only
     * errors (the 204 operations): never 406 for that; 406 only for a type the gateway cannot produce.
     */
    @Test
    void anAcceptOfProblemJsonAloneIsNeverRefused() {
        Gateway admin = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(OpenApiIT.class), "itopenapi",
                org.gluster.restapi.identity.Roles.ADMINISTRATOR);
        Gateway problems = admin.withHeader("Accept", "application/problem+json");
        var created = admin.post("/v1/webhooks", "{\"url\": \"http://127.0.0.1:9/openapi-it\"}");
        assertEquals(201, created.status(), created::toString);
        var deleted = problems.delete("/v1/webhooks/" + created.object().getString("id"));
        assertEquals(204, deleted.status(), deleted::toString);
        var missing = problems.delete("/v1/volumes/openapi-it-no-such-volume");
        assertEquals(404, missing.status(), missing::toString);
        assertTrue(missing.header("Content-Type").startsWith("application/problem+json"), missing::toString);
        var list = problems.get("/v1/volumes");
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.header("Content-Type").startsWith("application/json"), list::toString);
        var html = admin.withHeader("Accept", "text/html").get("/v1/volumes");
        assertEquals(406, html.status(), html::toString);
        assertTrue(html.header("Content-Type").startsWith("application/problem+json"), html::toString);
    }

    /** Every operation answers one success shape; the job form of a long one is its own operation and path. */
    @Test
    void longOperationsHaveTheirAsynchronousFormAsAnOperationOfItsOwn() {
        List<String> wrong = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((verb, operation) -> {
            Set<String> shapes = new TreeSet<>();
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("2")) {
                    shapes.add(response.getContent() == null ? "no body" : response.getContent().values().stream()
                            .map(media -> String.valueOf(media.getSchema().get$ref())).toList().toString());
                }
            });
            if (shapes.size() != 1) {
                wrong.add(verb + " " + path + " " + shapes);
            }
        }));
        assertEquals(List.of(), wrong);
        var async = document.getPaths().get("/v1/async/volumes/{name}/start").getPost();
        assertEquals("startVolumeAsync", async.getOperationId());
        assertEquals("#/components/schemas/Job", async.getResponses().get("202").getContent()
                .get("application/json;charset=UTF-8").getSchema().get$ref());
        Gateway admin = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(OpenApiIT.class), "itasync",
                org.gluster.restapi.identity.Roles.ADMINISTRATOR);
        var accepted = admin.post("/v1/async/volumes/openapi-it-no-such-volume/start", "{}");
        assertEquals(202, accepted.status(), accepted::toString);
        assertTrue(accepted.header("Location").contains("/v1/jobs/"), accepted::toString);
        assertEquals("start volume openapi-it-no-such-volume", accepted.object().getString("operation"), accepted::toString);
        assertEquals(404, admin.get("/v1/async/volumes").status());
    }

    /** Every documented asynchronous form is routed; anything else under /v1/async is 404 and runs nothing. */
    @Test
    void onlyTheDocumentedAsynchronousFormsAreServed() {
        Gateway admin = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(OpenApiIT.class), "itasynconly",
                org.gluster.restapi.identity.Roles.ADMINISTRATOR);
        List<String> wrong = new ArrayList<>();
        document.getPaths().forEach((path, item) -> {
            if (path.startsWith("/v1/async/")) {
                var answer = admin.post(path.replaceAll("\\{[^}]+}", "openapi-it-none"), "{}");
                if (answer.status() == 404 || answer.status() == 405) {
                    wrong.add(answer.toString());
                }
            }
        });
        assertEquals(List.of(), wrong);
        var created = admin.post("/v1/async/volumes", "{\"name\": \"openapiasync\", \"bricks\": [\"%s\"], \"force\": true}"
                .formatted(LocalGlusterd.brick("openapiasync", "b")));
        List<Gateway.Answer> refused = List.of(created,
                admin.post("/v1/async/volumes/openapiasync/options", "{\"options\": {\"performance.cache-size\": \"32MB\"}}"),
                admin.delete("/v1/async/volumes/openapiasync"),
                admin.post("/v1/async/webhooks", "{\"url\": \"http://127.0.0.1:9/openapi-async-it\"}"));
        for (Gateway.Answer answer : refused) {
            assertEquals(404, answer.status(), answer::toString);
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer::toString);
        }
        assertTrue(created.object().getString("detail").startsWith("no asynchronous form of POST /v1/async/volumes"),
                created::toString);
        assertEquals(404, admin.get("/v1/volumes/openapiasync").status(), "the volume was not created");
        assertFalse(admin.get("/v1/webhooks").body().contains("openapi-async-it"), "no webhook was made");
    }

    /**
     * Every record the resources answer or read, written by the server's own JSON-B configuration
     * (every member set, then only what is required), is valid against its schema as served.
     */
    @Test
    void everyRecordOnTheWireIsValidAgainstItsServedSchema() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var components = mapper.readTree(java.nio.file.Files.readString(SERVED)).get("components");
        var factory = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7);
        var config = com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        var jsonb = new org.gluster.restapi.http.JsonbConfiguration().getContext(Object.class);
        List<String> wrong = new ArrayList<>();
        List<Class<? extends Record>> records = new ArrayList<>(Records.ANSWERS);
        records.addAll(Records.BODIES);
        for (Class<? extends Record> type : records) {
            var root = mapper.createObjectNode().put("$ref", "#/components/schemas/" + type.getSimpleName());
            root.set("components", components);
            var schema = factory.getSchema(root, config);
            for (Object sample : List.of(RecordSamples.full(type), RecordSamples.sparse(type))) {
                String json = jsonb.toJson(sample);
                schema.validate(mapper.readTree(json)).forEach(m -> wrong.add(type.getSimpleName() + ": " + m
                        + " in " + json));
            }
        }
        var jwks = new Gateway(deployed).get("/.well-known/jwks.json");
        var root = mapper.createObjectNode().put("$ref", "#/components/schemas/JwkSet");
        root.set("components", components);
        factory.getSchema(root, config).validate(mapper.readTree(jwks.body()))
                .forEach(m -> wrong.add("JwkSet: " + m + " in " + jwks.body()));
        assertEquals(List.of(), wrong);
    }

    /**
     * Generators warn about a schema's validations that its type cannot have (Payara writes every default
     * of an inline @Schema) and mistake a response header without a schema for a body parameter.
     */
    @Test
    void everyHeaderHasASchemaAndNoSchemaCarriesAnotherTypesValidations() throws Exception {
        List<String> wrong = new ArrayList<>();
        typed("", new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Files.readString(SERVED)), wrong);
        assertEquals(List.of(), wrong);
    }

    private static void typed(String at, com.fasterxml.jackson.databind.JsonNode node, List<String> wrong) {
        if (node.isObject()) {
            List<String> foreign = switch (node.path("type").asText("")) {
                case "integer", "number", "boolean" -> List.of("minLength", "maxLength", "pattern", "uniqueItems",
                        "minItems", "maxItems", "minProperties", "maxProperties");
                case "string" -> List.of("uniqueItems", "minItems", "maxItems", "minProperties", "maxProperties");
                default -> List.of();
            };
            foreign.stream().filter(node::has).forEach(key -> wrong.add(at + " has " + key));
            if (at.matches(".*/responses/\\w+/headers/[^/]+") && !node.has("schema")) {
                wrong.add(at + " has no schema");
            }
            node.fields().forEachRemaining(e -> typed(at + "/" + e.getKey(), e.getValue(), wrong));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                typed(at + "/" + i, node.get(i), wrong);
            }
        }
    }

    /** What a user of OpenAPI Generator meets first: its validate command, with recommendations, says nothing. */
    @Test
    void openApiGeneratorFindsNoErrorAndNoWarningInTheServedDocument() throws Exception {
        Process validate = new ProcessBuilder("java", "-jar", System.getProperty("openapi.generator.jar",
                "target/openapi-generator-cli.jar"), "validate", "--recommend", "-i", SERVED.toString())
                .redirectErrorStream(true).start();
        String said = new String(validate.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, validate.waitFor(), said);
        assertTrue(said.contains("No validation issues detected."), said);
    }

    @Test
    void theWebhooksSayHowTheyAreSigned() {
        var create = document.getPaths().get("/v1/webhooks").getPost();
        assertTrue(create.getDescription().contains("webhook-signature: v1,<base64 of HMAC-SHA256"), create.getDescription());
        assertNotNull(document.getComponents().getSchemas().get("Webhook"));
        assertNotNull(document.getComponents().getSchemas().get("Delivery"));
        assertNotNull(document.getPaths().get("/v1/webhooks/{webhook}").getPatch());
    }

    @Test
    void theYamlFormIsValidToo() {
        var answer = new Gateway(deployed).get("/openapi");
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.body().startsWith("openapi: 3."), answer.body().substring(0, 40));
        validated(answer.body());
    }

    @Test
    void everyResourceMethodIsAnOperation() {
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            String base = "/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class)
                        ? "POST" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : method.isAnnotationPresent(PUT.class)
                        ? "PUT" : method.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = (sub == null ? base : base + "/" + sub.value()).replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                PathItem item = document.getPaths().get(path);
                if (item == null || item.readOperationsMap().get(PathItem.HttpMethod.valueOf(verb)) == null) {
                    missing.add(verb + " " + path);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCommandTargetIsAnOperationWithItsParameters() {
        for (CommandTarget target : Families.registry().targets()) {
            Operation operation = commandOperation(target.name());
            Set<String> declared = new TreeSet<>(target.named().stream().map(p -> p.name()).toList());
            String body = operation.getRequestBody() == null ? null
                    : operation.getRequestBody().getContent().get("application/json").getSchema().get$ref();
            Set<String> documented = body == null ? Set.of() : new TreeSet<>(document.getComponents().getSchemas()
                    .get(body.substring(body.lastIndexOf('/') + 1)).getProperties().keySet());
            assertEquals(declared, documented, target.name());
            assertTrue(operation.getDescription().startsWith("Runs `gluster "), operation.getDescription());
        }
        for (OwnCommand own : Families.registry().ownCommands()) {
            commandOperation(own.name());
        }
    }

    @Test
    void everyErrorIsAProblemEveryParameterIsDescribedAndEveryProtectedOperationNamesBothTokens() {
        List<String> wrong = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((verb, operation) -> {
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    var problem = response.getContent() == null ? null
                            : response.getContent().get("application/problem+json");
                    if (problem == null || !"#/components/schemas/Problem".equals(problem.getSchema().get$ref())) {
                        wrong.add(verb + " " + path + " " + code);
                    }
                } else if (code.startsWith("2") && !code.equals("204") && response.getContent() == null) {
                    wrong.add(verb + " " + path + " " + code + " has no schema");
                }
            });
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(p -> p.getDescription() == null
                                || "path".equals(p.getIn()) && !Boolean.TRUE.equals(p.getRequired()))
                        .forEach(p -> wrong.add(verb + " " + path + " parameter " + p.getName()));
            }
            boolean open = path.endsWith("/auth") || path.startsWith("/.well-known");
            var security = operation.getSecurity();
            if (!open && (security == null || security.size() != 2)) {
                wrong.add(verb + " " + path + " security " + security);
            }
            if (!open && !operation.getResponses().containsKey("401")) {
                wrong.add(verb + " " + path + " documents no 401");
            }
        }));
        assertEquals(List.of(), wrong);
        var schemes = document.getComponents().getSecuritySchemes();
        assertEquals("X-Auth-Token", schemes.get("sessionToken").getName());
        assertEquals("bearer", schemes.get("appToken").getScheme());
        assertEquals(Set.of("type", "title", "status", "detail", "instance", "opRet", "opErrno", "opErrstr", "output"),
                document.getComponents().getSchemas().get("Problem").getProperties().keySet());
    }

    @Test
    void examplesAreRealResponses() {
        var listVolumes = document.getPaths().get("/v1/volumes").getGet().getResponses().get("200").getContent()
                .get("application/json;charset=UTF-8");
        assertTrue(String.valueOf(listVolumes.getExample()).contains("\"brickCount\""), String.valueOf(listVolumes));
        var notFound = document.getPaths().get("/v1/volumes/{name}").getGet().getResponses().get("404").getContent()
                .get("application/problem+json");
        assertTrue(String.valueOf(notFound.getExample()).contains("30806"), String.valueOf(notFound.getExample()));
        var rebalance = document.getPaths().get("/v1/volumes/{name}/rebalance");
        assertTrue(String.valueOf(rebalance.getGet().getResponses().get("200").getContent()
                .get("application/json;charset=UTF-8").getExample()).contains("taskId"));
        assertTrue(String.valueOf(document.getPaths().get("/v1/async/volumes/{name}/rebalance").getPost().getResponses()
                .get("202").getContent().get("application/json;charset=UTF-8").getExample()).contains("queued"));
    }

    @Test
    void theExplorerIsServedAndTheNodesAddressLeadsToIt() {
        Gateway gateway = new Gateway(deployed);
        var page = gateway.get("/rest/explorer/");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("swagger-ui-bundle.js"), page.body());
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
        assertEquals(200, gateway.get("/rest/explorer/swagger-ui-bundle.js").status());
        assertTrue(gateway.get("/rest/explorer/explorer.js").body().contains("validatorUrl: null"));
        for (String entry : List.of("/", "/rest/explorer")) {
            var redirect = gateway.get(entry);
            assertEquals(302, redirect.status(), entry + " " + redirect);
            assertTrue(redirect.header("Location").endsWith("/rest/explorer/"), redirect.header("Location"));
        }
        var unknown = gateway.get("/rest/explorer/swagger-ui.js.map");
        assertEquals(404, unknown.status());
        assertTrue(unknown.header("Content-Type").startsWith("application/problem+json"), unknown::toString);
    }

    private Operation commandOperation(String name) {
        return document.getPaths().entrySet().stream()
                .filter(e -> e.getKey().equals("/rest/v1/" + name) || e.getKey().startsWith("/rest/v1/" + name + "/"))
                .map(e -> e.getValue().getPost()).filter(o -> o != null).findFirst()
                .orElseThrow(() -> new AssertionError("no operation for command " + name));
    }
}
