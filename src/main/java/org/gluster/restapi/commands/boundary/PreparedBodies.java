package org.gluster.restapi.commands.boundary;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last body written for each URI and media type, with its strong ETag: when a GET's entity equals
 * the one written last for the same URI (records compare by value), the bytes and the tag are reused
 * and neither JSON-B nor the hash runs again. Equality, not the cache's bookkeeping, decides, so an
 * entity made of anything else than the CLI's answers is never served stale. At most
 * {@code capacity} URIs (then it starts over) and bodies up to {@code maxBodyBytes}.
 */
final class PreparedBodies {

    record Prepared(Object entity, byte[] body, String tag) {
    }

    @FunctionalInterface
    interface Writer {
        byte[] write() throws IOException;
    }

    private final Map<String, Prepared> byKey = new ConcurrentHashMap<>();
    private final int capacity;
    private final int maxBodyBytes;

    PreparedBodies(int capacity, int maxBodyBytes) {
        this.capacity = capacity;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The body and tag of {@code entity} under {@code key}: the remembered ones when the entity is equal. */
    Prepared prepare(String key, Object entity, Writer writer) throws IOException {
        Prepared known = byKey.get(key);
        if (known != null && known.entity().equals(entity)) {
            return known;
        }
        byte[] body = writer.write();
        Prepared made = new Prepared(entity, body, tag(body));
        if (body.length <= maxBodyBytes && !(entity instanceof byte[])) {
            if (byKey.size() >= capacity) {
                byKey.clear();
            }
            byKey.put(key, made);
        }
        return made;
    }

    int size() {
        return byKey.size();
    }

    /** A strong ETag: 27 characters of the body's SHA-256, base64url. */
    static String tag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
