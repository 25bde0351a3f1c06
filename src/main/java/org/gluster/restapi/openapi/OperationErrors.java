package org.gluster.restapi.openapi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.gluster.restapi.auth.control.TokenAuthentication;
import org.gluster.restapi.commands.control.CommandRegistry;
import org.gluster.restapi.idempotency.IdempotencyKeys;

/**
 * The errors an operation can answer, derived from where it lives: what every gateway request may
 * meet (limits, state storage, an unexpected failure), what a token brings (401, 403), what a body
 * or a parameter brings (400, 413, 415) and what running the gluster CLI brings (404, 409, 502,
 * 503, 504). Each is application/problem+json with the Problem schema.
 */
final class OperationErrors {

    static final String PROBLEM = "#/components/schemas/Problem";

    private static final Map<String, String> MEANING = Map.ofEntries(
            Map.entry("400", "invalid input, named in detail; nothing was run"),
            Map.entry("401", "no token, or one that is not valid (detail says which check failed)"),
            Map.entry("403", "the caller's group may not do this, the session expired, or the user is locked"),
            Map.entry("404", "no such volume, peer, user or command"),
            Map.entry("409", "GlusterFS refused (already exists, in use, another transaction; "
                    + "opRet, opErrno and opErrstr are the CLI's), or a request with the same Idempotency-Key "
                    + "still runs (see Retry-After)"),
            Map.entry("413", "the body is larger than 64 KiB"),
            Map.entry("415", "the body is not application/json"),
            Map.entry("422", "the Idempotency-Key was used for another request (method, path or body differ)"),
            Map.entry("429", "a limit was reached (detail names it); see Retry-After"),
            Map.entry("500", "an unexpected failure, or CLI output the gateway could not read; "
                    + "the log has the incident id"),
            Map.entry("502", "a peer that the operation needs is unreachable"),
            Map.entry("503", "glusterd or the gateway's state storage is unavailable; see Retry-After"),
            Map.entry("504", "the gluster CLI did not answer within clitimeout and was stopped"));

    private OperationErrors() {
    }

    static void complete(String path, PathItem.HttpMethod method, Operation operation, CommandRegistry registry) {
        if (!path.startsWith("/v1") && !path.startsWith("/rest/")) {
            return;
        }
        boolean login = path.endsWith("/auth");
        boolean own = registry.ownCommands().stream().anyMatch(c -> path.startsWith(CommandOperations.PREFIX + c.name()));
        boolean runsCli = !login && !own && !path.startsWith("/v1/webhooks");
        boolean body = operation.getRequestBody() != null;
        boolean input = body || (operation.getParameters() != null && !operation.getParameters().isEmpty());

        TreeMap<String, Boolean> statuses = new TreeMap<>(Map.of("429", true, "500", true, "503", true));
        statuses.put("400", input || login);
        statuses.put("401", true);
        statuses.put("403", true);
        statuses.put("404", path.contains("{"));
        statuses.put("409", runsCli && method != PathItem.HttpMethod.GET);
        statuses.put("413", body);
        statuses.put("415", body);
        boolean keyed = !login && (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.DELETE);
        statuses.put("422", keyed);
        statuses.put("409", statuses.get("409") || keyed);
        if (keyed) {
            operation.addParameter(idempotencyKey());
        }
        statuses.put("502", runsCli);
        statuses.put("504", runsCli);

        APIResponses responses = operation.getResponses();
        responses.removeAPIResponse(APIResponses.DEFAULT);
        statuses.forEach((code, applies) -> {
            if (applies && !responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, problem(MEANING.get(code)));
            }
        });
        if (TokenAuthentication.isProtected(path)) {
            operation.security(List.of(requirement("sessionToken"), requirement("appToken")));
        }
    }

    private static Parameter idempotencyKey() {
        return OASFactory.createObject(Parameter.class).name(IdempotencyKeys.HEADER).in(Parameter.In.HEADER)
                .description("1 to 255 printable ASCII characters, new for each change (a UUID): a repeat with the "
                        + "same key and request within 24 h gets the first answer again, marked "
                        + IdempotencyKeys.REPLAYED + ": true, without running anything")
                .schema(OASFactory.createObject(Schema.class).type(Schema.SchemaType.STRING).minLength(1).maxLength(255)
                        .pattern("^[\\x20-\\x7E]+$"))
                .example("8e03978e-40d5-43e8-bc93-6894a57f9324");
    }

    private static APIResponse problem(String description) {
        Schema schema = OASFactory.createObject(Schema.class).ref(PROBLEM);
        return OASFactory.createObject(APIResponse.class).description(description)
                .content(OASFactory.createObject(Content.class).addMediaType("application/problem+json",
                        OASFactory.createObject(MediaType.class).schema(schema)));
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createObject(SecurityRequirement.class).addScheme(scheme);
    }
}
