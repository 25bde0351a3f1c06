package org.gluster.restapi.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SecretsTest {

    /** whsec_ + base64 of 23 and of 65 bytes. */
    static final String TOO_SHORT = "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    static final String TOO_LONG = "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @Test
    void aGeneratedSecretIsWhsecAndBase64OfThirtyTwoRandomBytes() {
        Secrets secrets = new Secrets();
        String one = secrets.orGenerate(null);
        assertTrue(one.startsWith("whsec_"), one);
        assertEquals(32, Secrets.key(one).length);
        assertNotEquals(one, secrets.generate());
        Secrets.check(one);
    }

    @Test
    void theBoundsAreTwentyFourAndSixtyFourBytes() {
        assertEquals(23, Base64.getDecoder().decode(TOO_SHORT.substring(6)).length);
        assertEquals(65, Base64.getDecoder().decode(TOO_LONG.substring(6)).length);
        Secrets.check("whsec_" + Base64.getEncoder().encodeToString(new byte[24]));
        Secrets.check("whsec_" + Base64.getEncoder().encodeToString(new byte[64]));
    }

    @Test
    void aGivenValidSecretIsKept() {
        String given = "whsec_" + Base64.getEncoder().encodeToString(new byte[64]);
        assertEquals(given, new Secrets().orGenerate(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_not*base64!", TOO_SHORT, TOO_LONG})
    void aBadSecretIsRefusedWithoutBeingQuoted(String secret) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new Secrets().orGenerate(secret));
        assertEquals("secret", refused.field());
        assertFalse(refused.getMessage().contains(secret.substring(Math.min(6, secret.length()))), refused.getMessage());
    }
}
