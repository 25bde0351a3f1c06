package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    @TempDir
    Path dir;

    private AtomicFile file(String name) {
        return new AtomicFile(dir.resolve(name), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path temp(String name, Instant modified) throws IOException {
        Path temp = Files.writeString(dir.resolve(name), "{");
        Files.setLastModifiedTime(temp, FileTime.from(modified));
        return temp;
    }

    /** {@code value} repeated, its length given by the value: a mix of two writes cannot pass as one. */
    private static byte[] content(int value) {
        byte[] content = new byte[50_000 + 1_000 * value];
        Arrays.fill(content, (byte) value);
        return content;
    }

    @Test
    void replacementHoldsTheWholeContentIsOwnerOnlyAndLeavesNoTempFile() throws IOException {
        file("key.pem").replace(new byte[] {1});
        file("key.pem").replace(new byte[] {1, 2, 3});

        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("key.pem")));
        assertEquals(List.of("key.pem"), names());
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(dir.resolve("key.pem")));
    }

    @Test
    void readersDuringReplacementsSeeOnlyWholeContents() throws Exception {
        AtomicFile file = file("counter.json");
        file.replace(content(1));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 300; i++) {
                file.replace(content(1 + i % 100));
            }
        });
        int reads = 0;
        while (!writer.isDone() || reads == 0) {
            byte[] read = Files.readAllBytes(dir.resolve("counter.json"));
            int value = read.length > 0 ? read[0] : 0;
            assertArrayEquals(content(value), read, "a reader saw a partial or mixed file");
            reads++;
        }
        writer.get();
    }

    @Test
    void failedReplacementLeavesNoTempFile() throws IOException {
        Files.createDirectories(dir.resolve("busy.json").resolve("inside"));

        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> file("busy.json").replace(new byte[] {1}));

        assertTrue(failure.getMessage().contains(dir.resolve("busy.json").toString()), failure::getMessage);
        assertEquals(List.of("busy.json"), names());
    }

    @Test
    void nextReplacementRemovesOnlyThisFilesTempFilesOlderThanAMinute() throws IOException {
        Path stale = temp(".counter.json.0123456789abcdef.tmp", NOW.minus(AtomicFile.STALE_TEMP).minusSeconds(1));
        Path young = temp(".counter.json.fedcba9876543210.tmp", NOW.minus(AtomicFile.STALE_TEMP).plusSeconds(1));
        Path otherFile = temp(".apps.json.0123456789abcdef.tmp", NOW.minusSeconds(3600));
        Path notATemp = temp(".counter.json.x.0123456789abcdef.tmp", NOW.minusSeconds(3600));

        file("counter.json").replace(new byte[] {1});

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(young));
        assertTrue(Files.exists(otherFile));
        assertTrue(Files.exists(notATemp));
    }
}
