package org.gluster.restapi.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class QshTest {

    static final byte[] NO_BODY = new byte[0];
    static final byte[] BODY = "{\"options\": {\"performance.cache-size\": \"64MB\"}}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aBodilessRequestHashesMethodPathAndRawQueryJoinedByNewlines() throws Exception {
        assertEquals(sha256Hex("GET\n/v1/volumes\nstatus=1&name=gv0"),
                Qsh.of("GET", "/v1/volumes", "status=1&name=gv0", NO_BODY));
    }

    @Test
    void aRequestWithBodyHashesMethodPathAndRawBody() throws Exception {
        assertEquals(sha256Hex("POST\n/v1/volumes/gv0/options\n" + new String(BODY, StandardCharsets.UTF_8)),
                Qsh.of("POST", "/v1/volumes/gv0/options", null, BODY));
    }

    @Test
    void withoutQueryOrBodyThereIsNoTrailingNewline() throws Exception {
        String expected = sha256Hex("GET\n/v1/peers");
        assertEquals(expected, Qsh.of("GET", "/v1/peers", null, NO_BODY));
        assertEquals(expected, Qsh.of("GET", "/v1/peers", "", NO_BODY));
        assertEquals(sha256Hex("POST\n/v1/volumes/gv0/start"), Qsh.of("POST", "/v1/volumes/gv0/start", null, NO_BODY));
    }

    @Test
    void anotherMethodPathQueryOrBodyGivesAnotherHash() {
        String get = Qsh.of("GET", "/v1/volumes", "status=1", NO_BODY);
        assertNotEquals(get, Qsh.of("HEAD", "/v1/volumes", "status=1", NO_BODY));
        assertNotEquals(get, Qsh.of("GET", "/v1/peers", "status=1", NO_BODY));
        assertNotEquals(get, Qsh.of("GET", "/v1/volumes", "status=0", NO_BODY));
        assertNotEquals(get, Qsh.of("GET", "/v1/volumes", null, NO_BODY));

        String post = Qsh.of("POST", "/v1/volumes/gv0/options", null, BODY);
        assertNotEquals(post, Qsh.of("PUT", "/v1/volumes/gv0/options", null, BODY));
        assertNotEquals(post, Qsh.of("POST", "/v1/volumes/gv1/options", null, BODY));
        assertNotEquals(post, Qsh.of("POST", "/v1/volumes/gv0/options", null,
                "{\"options\": {\"performance.cache-size\": \"32MB\"}}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theQueryIsHashedAsSentSoItsParameterOrderCounts() throws Exception {
        String ab = Qsh.of("GET", "/v1/volumes", "a=1&b=2", NO_BODY);
        assertNotEquals(ab, Qsh.of("GET", "/v1/volumes", "b=2&a=1", NO_BODY));
        assertEquals(sha256Hex("GET\n/v1/volumes\nb=2&a=1"), Qsh.of("GET", "/v1/volumes", "b=2&a=1", NO_BODY));
    }

    @Test
    void forMethodsWithABodyTheBodyStandsInForTheQuery() {
        assertEquals(Qsh.of("DELETE", "/v1/volumes/gv0", null, NO_BODY),
                Qsh.of("DELETE", "/v1/volumes/gv0", "force=1", NO_BODY));
        assertEquals(Qsh.of("POST", "/v1/volumes/gv0/options", null, BODY),
                Qsh.of("POST", "/v1/volumes/gv0/options", "x=1", BODY));
    }

    @Test
    void theTokensQshMatchesInEitherCaseButNotWhenMissingOrForAnotherRequest() {
        String actual = Qsh.of("GET", "/v1/volumes", null, NO_BODY);
        assertTrue(Qsh.matches(actual, actual));
        assertTrue(Qsh.matches(actual.toUpperCase(), actual));
        assertFalse(Qsh.matches(null, actual));
        assertFalse(Qsh.matches(Qsh.of("GET", "/v1/peers", null, NO_BODY), actual));
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
