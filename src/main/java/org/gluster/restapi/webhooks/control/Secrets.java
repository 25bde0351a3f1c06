package org.gluster.restapi.webhooks.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import org.gluster.restapi.validation.InvalidInputException;

/** Standard Webhooks secrets: {@code whsec_} + base64 of the HMAC key. A refusal never quotes the secret. */
final class Secrets {

    static final String PREFIX = "whsec_";
    static final int GENERATED_BYTES = 32;
    static final int MIN_BYTES = 24;
    static final int MAX_BYTES = 64;

    private final Random random;

    Secrets() {
        this(new SecureRandom());
    }

    Secrets(Random random) {
        this.random = random;
    }

    String generate() {
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** {@code given} when it is a valid secret, a new one when it is null. */
    String orGenerate(String given) {
        if (given == null) {
            return generate();
        }
        check(given);
        return given;
    }

    static void check(String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new InvalidInputException("secret", "must start with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("secret", "must be " + PREFIX + " followed by standard base64");
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new InvalidInputException("secret", "must encode " + MIN_BYTES + " to " + MAX_BYTES
                    + " bytes, not " + key.length);
        }
    }

    static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
