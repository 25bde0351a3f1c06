package org.gluster.restapi.auth.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Session tokens verified before, by the SHA-256 of the token (the tokens themselves are not kept),
 * at most {@code glusterrest.auth.token-cache-size} of them: when full, the expired ones go first,
 * then any. What may still hold a remembered verification is decided by {@link SessionTokens}, whose
 * own instance this is.
 */
@Dependent
public class VerifiedTokens {

    @Inject
    @ConfigProperty(name = "glusterrest.auth.token-cache-size", defaultValue = "10000")
    int capacity;

    private final Map<ByteBuffer, SessionTokens.Verified> verified = new ConcurrentHashMap<>();

    Optional<SessionTokens.Verified> get(String token) {
        return Optional.ofNullable(verified.get(key(token)));
    }

    void put(String token, SessionTokens.Verified verification, Instant now) {
        if (capacity <= 0) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(v -> !now.isBefore(v.expires()));
        }
        Iterator<ByteBuffer> any = verified.keySet().iterator();
        while (verified.size() >= capacity && any.hasNext()) {
            any.next();
            any.remove();
        }
        verified.put(key(token), verification);
    }

    void forget(String token, SessionTokens.Verified verification) {
        verified.remove(key(token), verification);
    }

    int size() {
        return verified.size();
    }

    private static ByteBuffer key(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
