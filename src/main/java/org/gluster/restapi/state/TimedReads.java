package org.gluster.restapi.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Reads run on an executor and waited for at most a timeout; concurrent reads of one file share one I/O. */
final class TimedReads {

    private final Executor executor;
    private final Duration timeout;
    private final Map<String, CompletableFuture<?>> reading = new ConcurrentHashMap<>();

    TimedReads(Executor executor, Duration timeout) {
        this.executor = executor;
        this.timeout = timeout;
    }

    /** What {@code io} reads from {@code file}; what {@code stalled} offers when that takes too long, else a failure. */
    <T> Optional<T> read(String name, Path file, Class<T> type, Supplier<Optional<T>> io, Supplier<Optional<T>> stalled) {
        CompletableFuture<?> pending = reading.computeIfAbsent(name, n -> CompletableFuture.supplyAsync(io, executor));
        pending.whenComplete((value, failure) -> reading.remove(name, pending));
        try {
            Optional<?> value = (Optional<?>) pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return value.map(type::cast);
        } catch (TimeoutException e) {
            Optional<T> last = stalled.get();
            if (last.isPresent()) {
                return last;
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
