package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonStoreTest {

    public record Named(String name) {
    }

    @TempDir
    Path dir;

    private JsonStore store;

    @BeforeEach
    void open() throws IOException {
        store = new JsonStore(dir, dir.toRealPath(), new CrossNodeLock(), Clock.systemUTC());
    }

    @Test
    void updatedValueIsReadBackAsTheSameRecord() {
        Named written = store.update("named.json", Named.class, () -> new Named("a"), old -> new Named(old.name() + "b"));

        assertEquals(new Named("ab"), written);
        assertEquals(Optional.of(written), store.read("named.json", Named.class));
        assertEquals(Optional.of(Optional.of(written)), store.lastRead("named.json", Named.class));
    }

    @Test
    void writeForgetsTheValueReadBefore() {
        store.update("named.json", Named.class, () -> new Named("a"), old -> old);
        store.read("named.json", Named.class);

        store.writeBytes("named.json", "{\"name\": \"b\"}".getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.empty(), store.lastRead("named.json", Named.class));
        assertEquals(Optional.of(new Named("b")), store.read("named.json", Named.class));
    }

    @Test
    void fileDeletedAfterItWasReadIsEmptyOnceTheRetriesAreSpent() throws IOException {
        store.update("named.json", Named.class, () -> new Named("a"), old -> old);
        store.read("named.json", Named.class);

        Files.delete(dir.resolve("named.json"));

        assertEquals(Optional.empty(), store.read("named.json", Named.class));
        assertEquals(Optional.of(Optional.empty()), store.lastRead("named.json", Named.class), "last found absent");
    }

    @Test
    void updateOfAnUnparsableFileFailsAndWritesNothing() throws IOException {
        byte[] broken = "{\"name\": ".getBytes(StandardCharsets.UTF_8);
        store.writeBytes("named.json", broken);

        assertThrows(UncheckedIOException.class,
                () -> store.update("named.json", Named.class, () -> new Named("a"), old -> old));

        assertArrayEquals(broken, Files.readAllBytes(dir.resolve("named.json")));
    }

    @Test
    void createIfAbsentKeepsWhatIsThere() {
        store.writeBytes("key.pem", new byte[] {1});

        assertFalse(store.createIfAbsent("key.pem", new byte[] {2}));
        assertArrayEquals(new byte[] {1}, store.readBytes("key.pem").orElseThrow());
    }
}
