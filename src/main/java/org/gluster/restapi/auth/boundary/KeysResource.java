package org.gluster.restapi.auth.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Map;
import org.gluster.restapi.auth.control.SigningKey;

/**
 * The public half of the session-token key as a JWK set, so that other services (any MicroProfile
 * JWT runtime, with mp.jwt.verify.publickey.location pointing here) accept the pool's session tokens.
 */
@ApplicationScoped
@Path(".well-known/jwks.json")
@Tag(name = "auth")
@Produces("application/jwk-set+json;charset=UTF-8")
public class KeysResource {

    @Inject
    SigningKey signingKey;

    @GET
    @Operation(operationId = "signingKeys",
            summary = "the public key of the pool's session tokens as a JWK set, for other MicroProfile JWT services")
    @APIResponse(responseCode = "200", description = "the JWK set (RFC 7517)",
            content = @Content(schema = @Schema(ref = "JwkSet")))
    public Map<String, Object> keys() {
        return signingKey.publicKeys().toJSONObject(true);
    }
}
