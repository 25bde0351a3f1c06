package org.gluster.restapi.webhooks.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The Standard Webhooks signature: {@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}. */
final class Signature {

    static final String VERSION = "v1,";

    private Signature() {
    }

    static String sign(String webhookId, long timestamp, byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Secrets.key(secret), "HmacSHA256"));
            mac.update((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether one of the space-separated signatures of {@code header} is ours, compared in constant time. */
    static boolean verify(String header, String webhookId, long timestamp, byte[] body, String secret) {
        byte[] expected = sign(webhookId, timestamp, body, secret).getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String candidate : header.split(" ")) {
            found |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
        }
        return found;
    }
}
