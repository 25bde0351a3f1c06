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

    /** Copied for each token: getInstance looks the provider up every time (3 % of an authenticated request, profiled). */
    private static final MessageDigest SHA_256 = sha256();

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
            MessageDigest sha256 = (MessageDigest) SHA_256.clone();
            return ByteBuffer.wrap(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("this JDK's SHA-256 cannot be copied", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
