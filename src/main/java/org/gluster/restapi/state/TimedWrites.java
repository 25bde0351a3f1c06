package org.gluster.restapi.state;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Writes of one directory run on an executor, and a caller waits while the storage makes progress: a write
 * fails with {@link StateStalledException} once no write of the directory has come back for the timeout
 * (by the clock), however long it queued behind others of its file before. While one is known stalled, a
 * new write fails at once instead of taking another thread. When the executor takes no more work, the
 * write runs on the caller's thread, unbounded.
 */
final class TimedWrites {

    static final Duration SLICE = Duration.ofMillis(50);

    private final Executor executor;
    private final Duration timeout;
    private final Clock clock;
    private final AtomicReference<Instant> progress;
    private final Map<Object, Instant> pending = new ConcurrentHashMap<>();

    TimedWrites(Executor executor, Duration timeout, Clock clock) {
        this.executor = executor;
        this.timeout = timeout;
        this.clock = clock;
        this.progress = new AtomicReference<>(clock.instant());
    }

    /** What {@code io} (a locked write of {@code file}) returns, or its failure, unless the storage went silent. */
    <R> R write(Path file, Supplier<R> io) {
        Instant submitted = clock.instant();
        Instant oldest = pending.values().stream().min(Instant::compareTo).orElse(submitted);
        Instant quiet = later(progress.get(), oldest);
        if (!submitted.isBefore(quiet.plus(timeout))) {
            throw new StateStalledException(file.toString(), Duration.between(quiet, submitted));
        }
        Object token = new Object();
        pending.put(token, submitted);
        CompletableFuture<R> write;
        try {
            write = CompletableFuture.supplyAsync(io, executor);
        } catch (RuntimeException busy) {
            pending.remove(token);
            return io.get(); // every thread of the pool is taken: on the caller's own, unbounded as before
        }
        write.whenComplete((value, failure) -> {
            pending.remove(token);
            progress.accumulateAndGet(clock.instant(), TimedWrites::later);
        });
        return await(file, write, submitted);
    }

    private <R> R await(Path file, CompletableFuture<R> write, Instant submitted) {
        while (true) {
            try {
                return write.get(SLICE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                Instant now = clock.instant();
                Instant quiet = later(progress.get(), submitted);
                if (!now.isBefore(quiet.plus(timeout))) {
                    throw new StateStalledException(file.toString(), Duration.between(quiet, now));
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StateStalledException(file.toString(), Duration.between(submitted, clock.instant()));
            }
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
