package org.gluster.restapi.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Reads run on an executor and waited for at most a timeout, counted from when the I/O began (by the clock):
 * concurrent reads of one file share one I/O, and a read that joins one pending for longer than the timeout
 * gets the last content at once instead of waiting again. While any read of the directory is pending past
 * the timeout, the storage is known silent: a read of another file waits only {@link #GRACE}.
 */
final class TimedReads {

    static final Duration GRACE = Duration.ofMillis(50);

    private record Pending(CompletableFuture<?> io, Instant began) {
    }

    private final Executor executor;
    private final Duration timeout;
    private final Clock clock;
    private final Map<String, Pending> reading = new ConcurrentHashMap<>();

    TimedReads(Executor executor, Duration timeout, Clock clock) {
        this.executor = executor;
        this.timeout = timeout;
        this.clock = clock;
    }

    private boolean silent(Instant now) {
        return reading.values().stream().anyMatch(p -> !p.io().isDone()
                && Duration.between(p.began(), now).compareTo(timeout) >= 0);
    }

    /**
     * What {@code io} reads from {@code file}; when that takes too long, what {@code stalled} last knew of it (the
     * content, or its absence), else a failure.
     */
    <T> Optional<T> read(String name, Path file, Class<T> type, Supplier<Optional<T>> io,
            Supplier<Optional<Optional<T>>> stalled) {
        Pending pending = reading.computeIfAbsent(name,
                n -> new Pending(CompletableFuture.supplyAsync(io, executor), clock.instant()));
        pending.io().whenComplete((value, failure) -> reading.remove(name, pending));
        Instant now = clock.instant();
        long left = timeout.minus(Duration.between(pending.began(), now)).toMillis();
        if (!pending.io().isDone() && silent(now)) {
            left = Math.min(left, GRACE.toMillis());
        }
        try {
            Optional<?> value = (Optional<?>) pending.io().get(Math.max(0, left), TimeUnit.MILLISECONDS);
            return value.map(type::cast);
        } catch (TimeoutException e) {
            Optional<Optional<T>> last = stalled.get();
            if (last.isPresent()) {
                return last.get();
            }
            throw new UncheckedIOException("the storage of " + file + " does not answer",
                    new IOException("no answer within " + timeout.toMillis() + " ms"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new UncheckedIOException("cannot read " + file, new IOException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException("interrupted while reading " + file, new IOException(e));
        }
    }
}
