package org.gluster.restapi.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import org.gluster.restapi.state.StateFiles;

/**
 * The bearer token glustereventsd sends to the intake: one for the pool, made once in the pool state
 * ({@code events-intake.token}, 0600 like every state file), never logged.
 */
@ApplicationScoped
public class IntakeToken {

    static final String FILE = "events-intake.token";

    @Inject
    Supplier<StateFiles> state;

    public String value() {
        return state.get().readOrCreate(FILE, String.class, bytes -> new String(bytes, StandardCharsets.US_ASCII).strip(),
                IntakeToken::generate);
    }

    private static byte[] generate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encode(random);
    }

    /** Whether {@code authorization} is {@code Bearer <the token>}, compared in constant time. */
    public boolean admits(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(value().getBytes(StandardCharsets.US_ASCII),
                authorization.substring(7).strip().getBytes(StandardCharsets.US_ASCII));
    }
}
