package org.gluster.restapi.idempotency;

import java.util.Base64;
import java.util.Map;

/** A first answer as it is kept: status, the headers that matter, the body's bytes (base64). */
public record KeptResponse(int status, Map<String, String> headers, String body) {

    public static KeptResponse of(int status, Map<String, String> headers, byte[] body) {
        return new KeptResponse(status, Map.copyOf(headers), Base64.getEncoder().encodeToString(body));
    }

    public byte[] bytes() {
        return body == null ? new byte[0] : Base64.getDecoder().decode(body);
    }
}
