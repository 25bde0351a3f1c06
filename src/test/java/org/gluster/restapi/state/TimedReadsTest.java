package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TimedReadsTest {

    private static final Path FILE = Path.of("/state/apps.json");
    private static final Duration TIMEOUT = Duration.ofMillis(50);

    /** Takes tasks and runs none of them, as a pool whose threads all hang on a dead mount. */
    private final List<Runnable> neverRun = new CopyOnWriteArrayList<>();
    private final Executor stuck = neverRun::add;
    private final TimedWritesTest.MovingClock clock = new TimedWritesTest.MovingClock(Duration.ZERO);

    @Test
    void readThatNeverRunsFailsNamingTheFileAndTheTimeout() {
        TimedReads reads = new TimedReads(stuck, TIMEOUT, clock);

        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> reads.read("apps.json", FILE, String.class, () -> Optional.of("read"), Optional::empty));

        assertEquals("the storage of /state/apps.json does not answer", failure.getMessage());
        assertEquals("no answer within 50 ms", failure.getCause().getMessage());
    }

    @Test
    void readThatNeverRunsServesWhatTheStallOffers() {
        TimedReads reads = new TimedReads(stuck, TIMEOUT, clock);

        assertEquals(Optional.of("last"),
                reads.read("apps.json", FILE, String.class, () -> Optional.of("read"), () -> Optional.of(Optional.of("last"))));
    }

    @Test
    void readThatNeverRunsOfAFileLastFoundAbsentServesItsAbsence() {
        TimedReads reads = new TimedReads(stuck, TIMEOUT, clock);

        assertEquals(Optional.empty(), reads.read("settings.json", FILE, String.class, () -> Optional.of("read"),
                () -> Optional.of(Optional.empty())));
    }

    @Test
    void readsOfOneFileShareOneIoWhileItIsPending() {
        TimedReads reads = new TimedReads(stuck, TIMEOUT, clock);

        for (int i = 0; i < 3; i++) {
            reads.read("apps.json", FILE, String.class, () -> Optional.of("read"), () -> Optional.of(Optional.of("last")));
        }
        reads.read("users.json", FILE, String.class, () -> Optional.of("read"), () -> Optional.of(Optional.of("last")));

        assertEquals(2, neverRun.size());
    }

    @Test
    @Timeout(10)
    void aReadJoiningOnePendingPastTheTimeoutServesTheLastContentAtOnce() throws Exception {
        TimedReads reads = new TimedReads(stuck, Duration.ofHours(1), clock);
        CompletableFuture<Optional<String>> first = waitingRead(reads);
        clock.advance(Duration.ofHours(2));

        assertEquals(Optional.of("last"), reads.read("apps.json", FILE, String.class, () -> Optional.of("read"),
                () -> Optional.of(Optional.of("last"))), "an hour's wait would have outlasted the test's 10 s");

        neverRun.get(0).run();
        assertEquals(Optional.of("read"), first.get(5, TimeUnit.SECONDS));
        assertEquals(1, neverRun.size());
    }

    @Test
    @Timeout(10)
    void whileOneFileIsStalledAReadOfAnotherServesItsLastContentAfterTheGraceOnly() throws Exception {
        TimedReads reads = new TimedReads(stuck, Duration.ofHours(1), clock);
        CompletableFuture<Optional<String>> first = waitingRead(reads);
        clock.advance(Duration.ofHours(2));

        assertEquals(Optional.of("last users"), reads.read("users.json", Path.of("/state/users.json"), String.class,
                () -> Optional.of("read"), () -> Optional.of(Optional.of("last users"))),
                "the storage is known silent: no hour's wait");

        neverRun.forEach(Runnable::run);
        assertEquals(Optional.of("read"), first.get(5, TimeUnit.SECONDS));
    }

    /** A read of apps.json on another thread, once it waits for its I/O (which the stuck pool never runs). */
    private static CompletableFuture<Optional<String>> waitingRead(TimedReads reads) {
        CompletableFuture<Optional<String>> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> read.complete(reads.read("apps.json", FILE, String.class,
                () -> Optional.of("read"), () -> Optional.of(Optional.of("last")))));
        reader.start();
        while (reader.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }
        return read;
    }

    @Test
    void finishedIoIsNotReused() {
        TimedReads reads = new TimedReads(stuck, TIMEOUT, clock);
        reads.read("apps.json", FILE, String.class, () -> Optional.of("read"), () -> Optional.of(Optional.of("last")));
        neverRun.get(0).run();

        reads.read("apps.json", FILE, String.class, () -> Optional.of("read"), () -> Optional.of(Optional.of("last")));

        assertEquals(2, neverRun.size());
    }

    @Test
    void valueReadInTimeIsReturned() {
        TimedReads reads = new TimedReads(Runnable::run, TIMEOUT, clock);

        assertEquals(Optional.of("read"), reads.read("apps.json", FILE, String.class, () -> Optional.of("read"),
                () -> Optional.of(Optional.of("last"))));
        assertEquals(Optional.empty(), reads.read("apps.json", FILE, String.class, Optional::empty,
                () -> Optional.of(Optional.of("last"))));
    }

    @Test
    void failureOfTheReadIsThrownAsItIs() {
        TimedReads reads = new TimedReads(Runnable::run, TIMEOUT, clock);
        UncheckedIOException broken = new UncheckedIOException("cannot read /state/apps.json", new java.io.IOException("EIO"));

        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> reads.read("apps.json", FILE,
                String.class, () -> {
                    throw broken;
                }, () -> Optional.of(Optional.of("last"))));

        assertSame(broken, thrown);
        assertTrue(thrown.getMessage().contains("apps.json"));
    }
}
