package org.gluster.restapi.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.gluster.restapi.state.StateLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path state;

    @Test
    void anUnchangedKeyFileIsNotReadAgain() throws Exception {
        SigningKey key = signingKey(state);
        key.key();
        Files.setLastModifiedTime(state.resolve(SigningKey.FILE), FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));

        assertSame(key.key(), key.key());
    }

    @Test
    void aKeyReplacedThroughAnotherStateLocationIsTheKeyFromThenOn(@TempDir Path otherPool) {
        SigningKey key = signingKey(state);
        String before = key.key().getKeyID();
        SigningKey other = signingKey(otherPool);
        byte[] pem = other.state.get().readBytes(SigningKey.FILE).orElseGet(() -> {
            other.key();
            return other.state.get().readBytes(SigningKey.FILE).orElseThrow();
        });

        StateLocation.fixed(state, Runnable::run).get().writeBytes(SigningKey.FILE, pem);

        assertNotEquals(before, key.key().getKeyID());
        assertEquals(other.key().getKeyID(), key.key().getKeyID());
    }

    private static SigningKey signingKey(Path dir) {
        SigningKey key = new SigningKey();
        key.state = StateLocation.fixed(dir, Runnable::run).get();
        return key;
    }
}
