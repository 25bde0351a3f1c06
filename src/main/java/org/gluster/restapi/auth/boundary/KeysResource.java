package org.gluster.restapi.auth.boundary;

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
@Path(".well-known/jwks.json")
@Produces("application/jwk-set+json;charset=UTF-8")
public class KeysResource {

    @Inject
    SigningKey signingKey;

    @GET
    public Map<String, Object> keys() {
        return signingKey.publicKeys().toJSONObject(true);
    }
}
