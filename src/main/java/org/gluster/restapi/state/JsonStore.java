package org.gluster.restapi.state;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The files of one directory as JSON-B values or bytes: cached reads, locked atomic writes. Names are checked by the caller. */
final class JsonStore {

    private final Path dir;
    private final Path realDir;
    private final CrossNodeLock locks;
    private final StampedCache cache;
    private final Clock clock;
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    JsonStore(Path dir, Path realDir, CrossNodeLock locks, Clock clock) {
        this.dir = dir;
        this.realDir = realDir;
        this.locks = locks;
        this.clock = clock;
        this.cache = new StampedCache(clock);
    }

    <T> Optional<T> read(String name, Class<T> type) {
        return read(name, type, content -> parse(name, content, type));
    }

    /** Like {@link #read(String, Class)}, with {@code parse} making the value of the file's bytes. */
    <T> Optional<T> read(String name, Class<T> type, Function<byte[], T> parse) {
        Path file = dir.resolve(name);
        return StaleHandles.retry(file, attempt -> {
            StampedCache.Stat stat;
            long writes = cache.writes();
            try {
                stat = cache.stat(file);
            } catch (NoSuchFileException e) {
                // a file once written is only ever replaced, so one that was seen before and is gone now
                // is more likely a mount's hiccup during a rename than a deletion
                if (cache.has(name) && attempt < StaleHandles.ATTEMPTS) {
                    throw e;
                }
                cache.absent(name, writes);
                return Optional.empty();
            }
            Optional<T> cached = cache.get(name, stat, type);
            if (cached.isPresent()) {
                return cached;
            }
            T value = parse.apply(Files.readAllBytes(file));
            cache.put(name, stat, type, value);
            return Optional.of(value);
        });
    }

    /** What a read less than {@code window} ago found, without touching the storage; null when there is none. */
    <T> StampedCache.Recent<T> recent(String name, Class<T> type, Duration window) {
        return cache.recent(name, type, window);
    }

    /** What was found last (a value, or the file's absence), to serve while the storage does not answer. */
    <T> Optional<Optional<T>> lastRead(String name, Class<T> type) {
        return cache.last(name, type);
    }

    <T> T update(String name, Class<T> type, Supplier<T> initial, UnaryOperator<T> change) {
        return locks.holding(realDir.resolve(name), () -> {
            Optional<byte[]> current = readBytes(name);
            T value = current.isPresent() ? parse(name, current.get(), type) : initial.get();
            T next = Objects.requireNonNull(change.apply(value), "the change of " + name + " returned null");
            replace(name, jsonb.toJson(next, type).getBytes(StandardCharsets.UTF_8));
            return next;
        });
    }

    /** The whole file as it is now, bypassing the cache. */
    Optional<byte[]> readBytes(String name) {
        Path file = dir.resolve(name);
        return StaleHandles.retry(file, attempt -> {
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        });
    }

    void writeBytes(String name, byte[] content) {
        locks.holding(realDir.resolve(name), () -> {
            replace(name, content);
            return null;
        });
    }

    boolean createIfAbsent(String name, byte[] content) {
        return locks.holding(realDir.resolve(name), () -> {
            if (readBytes(name).isPresent()) {
                return false;
            }
            replace(name, content);
            return true;
        });
    }

    private void replace(String name, byte[] content) {
        try {
            new AtomicFile(dir.resolve(name), clock).replace(content);
        } finally {
            cache.forget(name);
        }
    }

    private <T> T parse(String name, byte[] content, Class<T> type) {
        T value;
        try {
            value = jsonb.fromJson(new String(content, StandardCharsets.UTF_8), type);
        } catch (JsonbException e) {
            value = null; // the parser's message is left out on purpose: it may quote the content
        }
        if (value == null) {
            String message = dir.resolve(name) + " does not hold a valid " + type.getSimpleName();
            throw new UncheckedIOException(message, new IOException(message));
        }
        return value;
    }
}
