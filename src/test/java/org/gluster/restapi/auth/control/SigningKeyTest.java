package org.gluster.restapi.auth.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path state;

    @Test
    void theFirstStartMakesTheKeyAndEveryLaterStartReadsItUnchanged() throws Exception {
        String first = signingKey().key().getKeyID();
        Path file = state.resolve(SigningKey.FILE);
        byte[] written = Files.readAllBytes(file);
        assertTrue(new String(written).startsWith("-----BEGIN PRIVATE KEY-----"));

        String again = signingKey().key().getKeyID();

        assertEquals(first, again);
        assertArrayEquals(written, Files.readAllBytes(file));
    }

    private SigningKey signingKey() {
        StateFiles files = StateLocation.fixed(state, Runnable::run).get();
        SigningKey key = new SigningKey();
        key.state = files;
        return key;
    }
}
