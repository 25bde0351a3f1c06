package org.gluster.restapi.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expected values computed independently with Python's hmac/hashlib/base64, and hard-coded. */
class SignatureTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void theStandardWebhooksReferenceVector() {
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                Signature.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body, SECRET));
    }

    @Test
    void aDeliveryOfOurs() {
        byte[] body = "{\"type\":\"VOLUME_SET\",\"timestamp\":\"2026-12-01T00:00:00Z\",\"data\":{\"id\":7}}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("v1,IuCO11UrbjrBV40X4/2KJXKqdhWfFyjdDblSenJe6bk=", Signature.sign("evt_7", 1764547200, body, SECRET));
    }

    @Test
    void verifyFindsOurSignatureAmongSeveralAndRefusesATamperedBody() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String ours = Signature.sign("evt_1", 10, body, SECRET);
        assertTrue(Signature.verify("v1,AAAA " + ours, "evt_1", 10, body, SECRET));
        assertFalse(Signature.verify(ours, "evt_1", 11, body, SECRET));
        assertFalse(Signature.verify(ours, "evt_1", 10, "{ }".getBytes(StandardCharsets.UTF_8), SECRET));
    }
}
