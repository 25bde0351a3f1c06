package org.gluster.restapi.auth.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * The query string hash of the GlusterFS REST API design's app tokens: hex SHA-256 of the method,
 * the path, then the raw query string (GET, HEAD and other bodiless methods) or the raw body (POST,
 * PUT, PATCH, DELETE), joined by "\n", with no trailing part when there is none.
 */
public final class Qsh {

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private Qsh() {
    }

    public static String of(String method, String path, String query, byte[] body) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes((method + "\n" + path).getBytes(StandardCharsets.UTF_8));
        byte[] last = BODY_METHODS.contains(method) ? body
                : query == null ? null : query.getBytes(StandardCharsets.UTF_8);
        if (last != null && last.length > 0) {
            text.write('\n');
            text.writeBytes(last);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String expected, String actual) {
        return expected != null && MessageDigest.isEqual(expected.toLowerCase().getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }
}
