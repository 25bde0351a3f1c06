package org.gluster.restapi.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gluster.restapi.validation.InvalidInputException;

/** The header's rules: a key is 1 to 255 printable ASCII characters; a request's fingerprint is a SHA-256. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }

    /** The key as sent, when it is 1–255 printable ASCII characters (a structured-field string's content). */
    public static String check(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            throw new InvalidInputException(HEADER, "is 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new InvalidInputException(HEADER, "is 1 to " + MAX_LENGTH
                        + " printable ASCII characters (found a character outside 0x20-0x7E at " + i + ")");
            }
        }
        return key;
    }

    /**
     * SHA-256 over method, path (with its query) and body, hex: two requests are the same when these are. The
     * path's length goes first, so no path and body can pass for another split of the same bytes.
     */
    public static String fingerprint(String method, String pathAndQuery, byte[] body) {
        MessageDigest sha = sha256();
        byte[] target = pathAndQuery.getBytes(StandardCharsets.UTF_8);
        sha.update((method + " " + target.length + "\n").getBytes(StandardCharsets.US_ASCII));
        sha.update(target);
        sha.update(body);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Who and which key, hashed: the stored name of an entry (the key itself is not kept). */
    public static String scope(String callerKind, String callerName, String key) {
        MessageDigest sha = sha256();
        sha.update((callerKind + "\n" + callerName + "\n" + key).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
