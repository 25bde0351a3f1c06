package org.gluster.restapi.state;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted slow password hashes with the JDK alone, so that a copy of the state directory does not
 * give away passwords: PBKDF2 with HMAC-SHA256, a 16-byte random salt and a 256-bit key, encoded
 * as {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}. The iteration count travels
 * with each hash, so raising {@link #ITERATIONS} later keeps the older hashes valid.
 */
public final class Passwords {

    static final int ITERATIONS = 210_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    /** Bounds the work a (tampered) stored hash can ask for. */
    private static final int MAX_ITERATIONS = 10_000_000;
    /** Letters and digits without 0/O/o, 1/l/I. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS);
        try {
            Base64.Encoder base64 = Base64.getEncoder();
            return SCHEME + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Whether {@code password} is the one {@code encoded} was made from; false for anything malformed. */
    public static boolean matches(char[] password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME) || !parts[1].matches("[1-9][0-9]{0,7}")) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt;
        byte[] expected;
        try {
            salt = Base64.getDecoder().decode(parts[2]);
            expected = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (iterations > MAX_ITERATIONS || salt.length == 0 || expected.length != KEY_BITS / 8) {
            return false;
        }
        byte[] actual = derive(password, salt, iterations);
        try {
            return MessageDigest.isEqual(actual, expected);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    /** A random password of {@code length} letters and digits that cannot be mistaken for one another. */
    public static String randomPassword(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a password needs at least one character, not " + length);
        }
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
