package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.gluster.restapi.time.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** StateFiles.readRecent: what a read found is trusted for the recheck window, a write of this JVM at once. */
class RecentReadsTest {

    private static final Instant START = Instant.parse("2026-01-01T12:00:00Z");
    private static final Duration RECHECK = Duration.ofMillis(250);

    public record Named(String name) {
    }

    @TempDir
    Path tmp;

    private final TestClock clock = new TestClock(START);
    private final AtomicInteger reads = new AtomicInteger();

    private StateFiles files(Duration recheck) {
        return new StateFiles(tmp.resolve("state"), task -> {
            reads.incrementAndGet();
            task.run();
        }, new CrossNodeLock(), StateFiles.DEFAULT_READ_TIMEOUT, clock, recheck);
    }

    /** Another process replaces the file: a new inode, the given content, an mtime long settled. */
    private void replacedByAnotherProcess(String json) throws IOException {
        Path dir = tmp.resolve("state");
        Path theirs = dir.resolve(".named.json.0123456789abcdef.tmp");
        Files.writeString(theirs, json);
        Files.setLastModifiedTime(theirs, FileTime.from(START.minusSeconds(60)));
        Files.move(theirs, dir.resolve("named.json"), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void aSettledReadIsTrustedWithinTheWindowWithoutTouchingTheStorage() throws IOException {
        StateFiles files = files(RECHECK);
        replacedByAnotherProcess("{\"name\":\"first\"}");
        assertEquals("first", files.readRecent("named.json", Named.class).orElseThrow().name());
        int storageReads = reads.get();

        replacedByAnotherProcess("{\"name\":\"second\"}");
        clock.advance(RECHECK.minusMillis(1));

        assertEquals("first", files.readRecent("named.json", Named.class).orElseThrow().name());
        assertEquals(storageReads, reads.get(), "no read of the storage within the window");
        assertEquals("second", files.read("named.json", Named.class).orElseThrow().name(), "read() always looks");
    }

    @Test
    void afterTheWindowTheFileIsLookedAtAgain() throws IOException {
        StateFiles files = files(RECHECK);
        replacedByAnotherProcess("{\"name\":\"first\"}");
        files.readRecent("named.json", Named.class);

        replacedByAnotherProcess("{\"name\":\"second\"}");
        clock.advance(RECHECK);

        assertEquals("second", files.readRecent("named.json", Named.class).orElseThrow().name());
    }

    @Test
    void anUnchangedFileFoundAgainStartsANewWindow() throws IOException {
        StateFiles files = files(RECHECK);
        replacedByAnotherProcess("{\"name\":\"first\"}");
        files.readRecent("named.json", Named.class);
        clock.advance(RECHECK);
        files.readRecent("named.json", Named.class);
        int storageReads = reads.get();

        clock.advance(RECHECK.minusMillis(1));

        assertEquals("first", files.readRecent("named.json", Named.class).orElseThrow().name());
        assertEquals(storageReads, reads.get());
    }

    @Test
    void aWriteOfThisJvmIsSeenAtOnce() throws IOException {
        StateFiles files = files(RECHECK);
        replacedByAnotherProcess("{\"name\":\"first\"}");
        files.readRecent("named.json", Named.class);

        files.update("named.json", Named.class, () -> new Named("x"), old -> new Named("mine"));

        assertEquals("mine", files.readRecent("named.json", Named.class).orElseThrow().name());
    }

    @Test
    void anAbsentFileIsTrustedAbsentWithinTheWindowAndItsCreationHereSeenAtOnce() throws IOException {
        StateFiles files = files(RECHECK);
        assertEquals(Optional.empty(), files.readRecent("named.json", Named.class));
        int storageReads = reads.get();
        assertEquals(Optional.empty(), files.readRecent("named.json", Named.class));
        assertEquals(storageReads, reads.get());

        files.update("named.json", Named.class, () -> new Named("created"), old -> old);

        assertEquals("created", files.readRecent("named.json", Named.class).orElseThrow().name());
    }

    @Test
    void aFileModifiedMomentsBeforeItWasReadIsNotTrusted() throws IOException {
        StateFiles files = files(RECHECK);
        files.update("named.json", Named.class, () -> new Named("fresh"), old -> old);
        Files.setLastModifiedTime(tmp.resolve("state/named.json"), FileTime.from(START));
        files.readRecent("named.json", Named.class);
        int storageReads = reads.get();

        files.readRecent("named.json", Named.class);

        assertEquals(storageReads + 1, reads.get(), "unsettled: looked at again");
    }

    @Test
    void aClockThatWentBackTrustsNothing() throws IOException {
        StateFiles files = files(RECHECK);
        replacedByAnotherProcess("{\"name\":\"first\"}");
        files.readRecent("named.json", Named.class);
        replacedByAnotherProcess("{\"name\":\"second\"}");

        clock.set(START.minusMillis(1));

        assertEquals("second", files.readRecent("named.json", Named.class).orElseThrow().name());
    }

    @Test
    void aZeroWindowLooksEveryTime() throws IOException {
        StateFiles files = files(Duration.ZERO);
        replacedByAnotherProcess("{\"name\":\"first\"}");
        files.readRecent("named.json", Named.class);
        replacedByAnotherProcess("{\"name\":\"second\"}");

        assertEquals("second", files.readRecent("named.json", Named.class).orElseThrow().name());
    }

    @Test
    void aValueReadBeforeAWriteOfThisJvmIsNeverTrustedUnchecked() throws IOException {
        StampedCache cache = new StampedCache(clock);
        Path file = tmp.resolve("named.json");
        Files.writeString(file, "old");
        Files.setLastModifiedTime(file, FileTime.from(START.minusSeconds(60)));
        StampedCache.Stat before = cache.stat(file);

        cache.forget("named.json");
        cache.put("named.json", before, String.class, "old");

        assertEquals(null, cache.recent("named.json", String.class, RECHECK));
        assertEquals(Optional.of("old"), cache.get("named.json", cache.stat(file), String.class),
                "still valid once its stamp is checked");
    }
}
