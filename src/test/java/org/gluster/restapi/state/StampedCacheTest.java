package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StampedCacheTest {

    private static final Instant MODIFIED = Instant.parse("2026-01-01T12:00:00Z");

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void write() throws IOException {
        file = dir.resolve("named.json");
        Files.writeString(file, "first");
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
    }

    private static StampedCache readAfter(Duration sinceModified) {
        return new StampedCache(Clock.fixed(MODIFIED.plus(sinceModified), ZoneOffset.UTC));
    }

    private static StampedCache cachedFirst(StampedCache cache, Path file) throws IOException {
        cache.put("named.json", cache.stat(file), String.class, "first");
        return cache;
    }

    @Test
    void settledFileWithAnUnchangedStampIsServedFromTheCache() throws IOException {
        StampedCache cache = cachedFirst(readAfter(StampedCache.SETTLE.plusSeconds(1)), file);

        assertEquals(Optional.of("first"), cache.get("named.json", cache.stat(file), String.class));
    }

    @Test
    void changedStampIsReadAgain() throws IOException {
        StampedCache cache = cachedFirst(readAfter(StampedCache.SETTLE.plusSeconds(1)), file);
        Files.writeString(file, "second!");
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));

        assertEquals(Optional.empty(), cache.get("named.json", cache.stat(file), String.class));
    }

    @Test
    void newerMtimeIsReadAgain() throws IOException {
        StampedCache cache = cachedFirst(readAfter(StampedCache.SETTLE.plusSeconds(10)), file);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED.plusSeconds(1)));

        assertEquals(Optional.empty(), cache.get("named.json", cache.stat(file), String.class));
    }

    @Test
    void fileModifiedWithinTheSettleWindowIsReadAgainEvenWithAnUnchangedStamp() throws IOException {
        StampedCache cache = cachedFirst(readAfter(StampedCache.SETTLE.minusSeconds(1)), file);

        assertEquals(Optional.empty(), cache.get("named.json", cache.stat(file), String.class));
    }

    @Test
    void fileModifiedExactlyTheSettleWindowAgoIsNotYetTrusted() throws IOException {
        StampedCache cache = cachedFirst(readAfter(StampedCache.SETTLE), file);

        assertEquals(Optional.empty(), cache.get("named.json", cache.stat(file), String.class));
    }

    @Test
    void valueOfAnotherTypeIsNotServed() throws IOException {
        StampedCache cache = cachedFirst(readAfter(StampedCache.SETTLE.plusSeconds(1)), file);

        assertEquals(Optional.empty(), cache.get("named.json", cache.stat(file), CharSequence.class));
    }

    @Test
    void lastValueIsKeptUnsettledAndChangedUntilForgotten() throws IOException {
        StampedCache cache = cachedFirst(readAfter(Duration.ZERO), file);
        Files.writeString(file, "second!");

        assertEquals(Optional.of(Optional.of("first")), cache.last("named.json", String.class));
        assertEquals(Optional.empty(), cache.last("named.json", Integer.class));
        cache.forget("named.json");
        assertEquals(Optional.empty(), cache.last("named.json", String.class));
    }

    @Test
    void aFileLastFoundAbsentIsKnownAbsentUntilForgotten() {
        StampedCache cache = readAfter(Duration.ZERO);
        cache.absent("settings.json", cache.writes());

        assertEquals(Optional.of(Optional.empty()), cache.last("settings.json", String.class));
        cache.forget("settings.json");
        assertEquals(Optional.empty(), cache.last("settings.json", String.class));
    }
}
