package org.gluster.restapi.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    void keysAreOneTo255PrintableAsciiCharacters() {
        assertEquals("a", IdempotencyKeys.check("a"));
        assertEquals("8e03978e-40d5-43e8-bc93-6894a57f9324", IdempotencyKeys.check("8e03978e-40d5-43e8-bc93-6894a57f9324"));
        assertEquals(" ~!\"", IdempotencyKeys.check(" ~!\""));
        assertEquals("k".repeat(255), IdempotencyKeys.check("k".repeat(255)));
        for (String bad : new String[] {null, "", "k".repeat(256), "tab\there", "nl\n", "é", "del\u007f"}) {
            var refused = assertThrows(InvalidInputException.class, () -> IdempotencyKeys.check(bad), String.valueOf(bad));
            assertEquals("Idempotency-Key", refused.field());
        }
    }

    @Test
    void theFingerprintCoversMethodPathQueryAndBody() {
        byte[] body = "{\"name\":\"v\"}".getBytes(StandardCharsets.UTF_8);
        String one = IdempotencyKeys.fingerprint("POST", "/v1/volumes", body);
        assertEquals(64, one.length());
        assertEquals(one, IdempotencyKeys.fingerprint("POST", "/v1/volumes", body.clone()));
        assertNotEquals(one, IdempotencyKeys.fingerprint("DELETE", "/v1/volumes", body));
        assertNotEquals(one, IdempotencyKeys.fingerprint("POST", "/v1/volumes?x=1", body));
        assertNotEquals(one, IdempotencyKeys.fingerprint("POST", "/v1/volumes", "{\"name\":\"w\"}".getBytes()));
        assertNotEquals(IdempotencyKeys.fingerprint("POST", "/a\n", new byte[0]),
                IdempotencyKeys.fingerprint("POST", "/a", "\n".getBytes()), "the separators cannot be forged by a path");
    }

    @Test
    void theScopeSeparatesCallersAndKinds() {
        String key = "k1";
        assertEquals(IdempotencyKeys.scope("USER", "ann", key), IdempotencyKeys.scope("USER", "ann", key));
        assertNotEquals(IdempotencyKeys.scope("USER", "ann", key), IdempotencyKeys.scope("USER", "bob", key));
        assertNotEquals(IdempotencyKeys.scope("USER", "ann", key), IdempotencyKeys.scope("APP", "ann", key));
    }

    @Test
    void failuresARetryCouldCureAreNotKept() {
        assertTrue(Idempotency.kept(201, null));
        assertTrue(Idempotency.kept(202, null));
        assertTrue(Idempotency.kept(204, null));
        assertTrue(Idempotency.kept(400, null));
        assertTrue(Idempotency.kept(404, null));
        assertTrue(Idempotency.kept(409, null));
        for (int status : new int[] {401, 403, 408, 429, 500, 502, 503, 504}) {
            assertFalse(Idempotency.kept(status, null), String.valueOf(status));
        }
        assertFalse(Idempotency.kept(200, "no-cache, no-store"));
    }
}
