package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class TimedReadsTest {

    private static final Path FILE = Path.of("/state/apps.json");
    private static final Duration TIMEOUT = Duration.ofMillis(50);

    /** Takes tasks and runs none of them, as a pool whose threads all hang on a dead mount. */
    private final List<Runnable> neverRun = new ArrayList<>();
    private final Executor stuck = neverRun::add;

    @Test
    void readThatNeverRunsFailsNamingTheFileAndTheTimeout() {
        TimedReads reads = new TimedReads(stuck, TIMEOUT);

        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> reads.read("apps.json", FILE, String.class, () -> Optional.of("read"), Optional::empty));

        assertEquals("the storage of /state/apps.json does not answer", failure.getMessage());
        assertEquals("no answer within 50 ms", failure.getCause().getMessage());
    }

    @Test
    void readThatNeverRunsServesWhatTheStallOffers() {
        TimedReads reads = new TimedReads(stuck, TIMEOUT);

        assertEquals(Optional.of("last"),
                reads.read("apps.json", FILE, String.class, () -> Optional.of("read"), () -> Optional.of("last")));
    }

    @Test
    void readsOfOneFileShareOneIoWhileItIsPending() {
        TimedReads reads = new TimedReads(stuck, TIMEOUT);

        for (int i = 0; i < 3; i++) {
            reads.read("apps.json", FILE, String.class, () -> Optional.of("read"), () -> Optional.of("last"));
        }
        reads.read("users.json", FILE, String.class, () -> Optional.of("read"), () -> Optional.of("last"));

        assertEquals(2, neverRun.size());
    }

    @Test
    void finishedIoIsNotReused() {
        TimedReads reads = new TimedReads(stuck, TIMEOUT);
        reads.read("apps.json", FILE, String.class, () -> Optional.of("read"), () -> Optional.of("last"));
        neverRun.get(0).run();

        reads.read("apps.json", FILE, String.class, () -> Optional.of("read"), () -> Optional.of("last"));

        assertEquals(2, neverRun.size());
    }

    @Test
    void valueReadInTimeIsReturned() {
        TimedReads reads = new TimedReads(Runnable::run, TIMEOUT);

        assertEquals(Optional.of("read"), reads.read("apps.json", FILE, String.class, () -> Optional.of("read"),
                () -> Optional.of("last")));
        assertEquals(Optional.empty(), reads.read("apps.json", FILE, String.class, Optional::empty,
                () -> Optional.of("last")));
    }

    @Test
    void failureOfTheReadIsThrownAsItIs() {
        TimedReads reads = new TimedReads(Runnable::run, TIMEOUT);
        UncheckedIOException broken = new UncheckedIOException("cannot read /state/apps.json", new java.io.IOException("EIO"));

        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> reads.read("apps.json", FILE,
                String.class, () -> {
                    throw broken;
                }, () -> Optional.of("last")));

        assertSame(broken, thrown);
        assertTrue(thrown.getMessage().contains("apps.json"));
    }
}
