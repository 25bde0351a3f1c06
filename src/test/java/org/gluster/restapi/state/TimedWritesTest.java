package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bounded writes decided on a clock the test moves; the executor is the test's, so nothing waits on real storage. */
class TimedWritesTest {

    private static final Path FILE = Path.of("/state/users.json");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** A thread-safe clock that moves only when the test says, or by {@code tick} at every look. */
    static final class MovingClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T08:00:00Z"));
        private final Duration tick;

        MovingClock(Duration tick) {
            this.tick = tick;
        }

        void advance(Duration by) {
            now.accumulateAndGet(Instant.EPOCH, (current, ignored) -> current.plus(by));
        }

        @Override
        public Instant instant() {
            return now.getAndAccumulate(Instant.EPOCH, (current, ignored) -> current.plus(tick));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /** Takes tasks and runs none of them, as a pool whose threads all hang on a dead mount. */
    private final List<Runnable> neverRun = new CopyOnWriteArrayList<>();
    private final Executor stuck = neverRun::add;

    @Test
    void aWriteThatComesBackIsReturned() {
        TimedWrites writes = new TimedWrites(Runnable::run, TIMEOUT, new MovingClock(Duration.ZERO));

        assertEquals("written", writes.write(FILE, () -> "written"));
    }

    @Test
    void theWritesOwnFailureIsThrownAsItIs() {
        TimedWrites writes = new TimedWrites(Runnable::run, TIMEOUT, new MovingClock(Duration.ZERO));
        UncheckedIOException full = new UncheckedIOException("full", new IOException("No space left on device"));

        assertSame(full, assertThrows(UncheckedIOException.class, () -> writes.write(FILE, () -> {
            throw full;
        })));
    }

    @Test
    @Timeout(10)
    void aWriteThatNeverComesBackFailsOnceTheClockPassedTheTimeoutNamingTheFile() {
        TimedWrites writes = new TimedWrites(stuck, TIMEOUT, new MovingClock(Duration.ofSeconds(1)));

        StateStalledException stalled = assertThrows(StateStalledException.class, () -> writes.write(FILE, () -> "x"));

        assertTrue(stalled.getMessage().startsWith("the storage of /state/users.json has not answered for "),
                stalled.getMessage());
        assertTrue(stalled.silent().compareTo(TIMEOUT) >= 0 && stalled.silent().compareTo(TIMEOUT.plusSeconds(2)) <= 0,
                stalled.silent()::toString);
        assertEquals(1, neverRun.size());
    }

    @Test
    @Timeout(10)
    void whileAWriteIsStalledTheNextFailsAtOnceWithoutTakingAThread() {
        MovingClock clock = new MovingClock(Duration.ofSeconds(1));
        TimedWrites writes = new TimedWrites(stuck, TIMEOUT, clock);
        assertThrows(StateStalledException.class, () -> writes.write(FILE, () -> "x"));

        assertThrows(StateStalledException.class, () -> writes.write(Path.of("/state/apps.json"), () -> "y"));

        assertEquals(1, neverRun.size(), "the second write was not handed to the stuck pool");
    }

    @Test
    @Timeout(10)
    void onceTheStalledWriteCameBackWritesGoThroughAgain() {
        MovingClock clock = new MovingClock(Duration.ofSeconds(1));
        AtomicBoolean storageBack = new AtomicBoolean();
        TimedWrites writes = new TimedWrites(task -> {
            if (storageBack.get()) {
                task.run();
            } else {
                neverRun.add(task);
            }
        }, TIMEOUT, clock);
        assertThrows(StateStalledException.class, () -> writes.write(FILE, () -> "x"));

        storageBack.set(true);
        neverRun.get(0).run();

        assertEquals("y", writes.write(FILE, () -> "y"));
    }

    @Test
    @Timeout(10)
    void aWriteWaitsForAsLongAsTheStorageMakesProgress() throws Exception {
        MovingClock clock = new MovingClock(Duration.ZERO);
        AtomicBoolean first = new AtomicBoolean(true);
        List<Runnable> held = new CopyOnWriteArrayList<>();
        TimedWrites writes = new TimedWrites(task -> {
            if (first.getAndSet(false)) {
                held.add(task);
            } else {
                task.run();
            }
        }, TIMEOUT, clock);
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> writes.write(FILE, () -> "queued"));
        while (held.isEmpty()) {
            Thread.onSpinWait();
        }

        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(2));
            assertEquals("other", writes.write(FILE, () -> "other"));
            TimeUnit.MILLISECONDS.sleep(TimedWrites.SLICE.toMillis() * 2);
        }
        held.get(0).run();

        assertEquals("queued", queued.get(5, TimeUnit.SECONDS), "10 s by the clock, but never 5 s without progress");
    }
}
