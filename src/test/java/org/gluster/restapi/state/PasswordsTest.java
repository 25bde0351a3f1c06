package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordsTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static String encoded;

    @BeforeAll
    static void hashOnce() {
        encoded = Passwords.hash(PASSWORD.toCharArray());
    }

    /** The valid hash with one of its four fields replaced. */
    private static String withField(int index, String value) {
        String[] parts = encoded.split("\\$");
        parts[index] = value;
        return String.join("$", parts);
    }

    @Test
    void hashMatchesThePasswordItWasMadeFrom() {
        assertTrue(Passwords.matches(PASSWORD.toCharArray(), encoded));
    }

    @Test
    void wrongPasswordDoesNotMatch() {
        assertFalse(Passwords.matches("correct horse battery stapler".toCharArray(), encoded));
        assertFalse(Passwords.matches(new char[0], encoded));
    }

    @Test
    void twoHashesOfTheSamePasswordDifferBySalt() {
        String again = Passwords.hash(PASSWORD.toCharArray());

        assertNotEquals(encoded, again);
        assertNotEquals(encoded.split("\\$")[2], again.split("\\$")[2]);
        assertTrue(Passwords.matches(PASSWORD.toCharArray(), again));
    }

    @Test
    void hashIsSchemeIterationsSaltAndKey() {
        String[] parts = encoded.split("\\$", -1);

        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void hashLeavesThePasswordArrayAlone() {
        char[] password = PASSWORD.toCharArray();

        Passwords.hash(password);

        assertArrayEquals(PASSWORD.toCharArray(), password);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"x$y", "$$$", "pbkdf2-sha256", "pbkdf2-sha256$210000$c2FsdA==",
            "pbkdf2-sha256$210000$c2FsdA==$aGFzaA==$extra"})
    void malformedEncodingDoesNotMatch(String malformed) {
        assertFalse(Passwords.matches(PASSWORD.toCharArray(), malformed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0", "-210000", "+210000", " 210000", "2.1e5", "99999999999", "210001"})
    void wrongIterationFieldDoesNotMatch(String iterations) {
        assertFalse(Passwords.matches(PASSWORD.toCharArray(), withField(1, iterations)));
    }

    @Test
    void otherSchemeDoesNotMatch() {
        assertFalse(Passwords.matches(PASSWORD.toCharArray(), withField(0, "pbkdf2-sha1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "AAAA"})
    void brokenSaltOrKeyDoesNotMatch(String broken) {
        assertFalse(Passwords.matches(PASSWORD.toCharArray(), withField(2, broken)));
        assertFalse(Passwords.matches(PASSWORD.toCharArray(), withField(3, broken)));
    }

    @Test
    void nullPasswordDoesNotMatch() {
        assertFalse(Passwords.matches(null, encoded));
    }

    @Test
    void randomPasswordHasTheRequestedLengthAndOnlyUnambiguousLettersAndDigits() {
        for (int length : new int[] {1, 16, 200}) {
            String password = Passwords.randomPassword(length);

            assertEquals(length, password.length());
            assertTrue(password.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c)), password);
            assertTrue(password.chars().noneMatch(c -> "0Oo1lI".indexOf(c) >= 0), password);
        }
    }

    @Test
    void randomPasswordsDiffer() {
        assertNotEquals(Passwords.randomPassword(20), Passwords.randomPassword(20));
    }

    @Test
    void randomPasswordOfNoCharactersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Passwords.randomPassword(0));
    }
}
