package org.gluster.restapi.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The gateway's durable state: one JSON (or raw) file per name in one directory, which may be
 * GlusterFS's shared-storage FUSE mount written by every node of the pool at once (see package-info).
 * Values returned by {@link #read} are shared with other readers through the cache and must be
 * treated as immutable; the types are meant to be records. Thread-safe. Made by {@link StateLocation}.
 */
public final class StateFiles implements Supplier<StateFiles> {

    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

    private final Path dir;
    private final JsonStore store;
    private final TimedReads reads;
    private final TimedWrites writes;
    private final Duration recheck;

    StateFiles(Path dir, Executor io, CrossNodeLock locks) {
        this(dir, io, locks, Duration.ZERO);
    }

    StateFiles(Path dir, Executor io, CrossNodeLock locks, Duration recheck) {
        this(dir, io, locks, DEFAULT_READ_TIMEOUT, Clock.systemUTC(), recheck);
    }

    StateFiles(Path dir, Executor io, CrossNodeLock locks, Duration readTimeout, Clock clock) {
        this(dir, io, locks, readTimeout, clock, Duration.ZERO);
    }

    /**
     * {@code recheck}: how long what a read found is trusted without looking at the file again (zero: every
     * read looks; see package-info). A write of this JVM is seen at once whatever the window.
     */
    StateFiles(Path dir, Executor io, CrossNodeLock locks, Duration readTimeout, Clock clock, Duration recheck) {
        this.recheck = Objects.requireNonNull(recheck, "recheck");
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
        Path realDir;
        try {
            Files.createDirectories(this.dir, AtomicFile.DIR_MODE);
            realDir = this.dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state directory " + this.dir, e);
        }
        this.store = new JsonStore(this.dir, realDir, Objects.requireNonNull(locks, "locks"), clock);
        this.reads = new TimedReads(Objects.requireNonNull(io, "io"), readTimeout, clock);
        this.writes = new TimedWrites(io, readTimeout, clock);
    }

    /** A fixed directory is its own location (see StateLocation for the one that moves). */
    @Override
    public StateFiles get() {
        return this;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The content of {@code name} as {@code type}; empty when the file does not exist. The file is read
     * off the caller's thread: when the storage does not answer within the read timeout (a GlusterFS
     * node gone silent stalls I/O for up to a minute), the last content read is served instead, and
     * without one the read fails. Concurrent reads of one file share one I/O, so a stall holds one
     * thread per file, not one per request.
     */
    public <T> Optional<T> read(String name, Class<T> type) {
        Path file = file(name);
        Objects.requireNonNull(type, "type");
        return reads.read(name, file, type, () -> store.read(name, type), () -> store.lastRead(name, type));
    }

    /**
     * The content of {@code name} made by {@code parse} from its bytes, cached and read off the caller's
     * thread like {@link #read(String, Class)}: while the file is unchanged the same value is returned
     * and {@code parse} is not called again.
     */
    public <T> Optional<T> read(String name, Class<T> type, Function<byte[], T> parse) {
        Path file = file(name);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parse, "parse");
        return reads.read(name, file, type, () -> store.read(name, type, parse), () -> store.lastRead(name, type));
    }

    /**
     * Like {@link #read(String, Class)}, but what a read found less than the recheck window ago is answered
     * without looking at the file or waking another thread: for what every request reads (the limits, a
     * remembered token's user and key). A write of this JVM is seen at once; one of another process or
     * node within the window.
     */
    public <T> Optional<T> readRecent(String name, Class<T> type) {
        StampedCache.Recent<T> recent = store.recent(checked(name), type, recheck);
        return recent != null ? recent.value() : read(name, type);
    }

    /** {@link #readRecent(String, Class)} of a value that {@code parse} makes of the file's bytes. */
    public <T> Optional<T> readRecent(String name, Class<T> type, Function<byte[], T> parse) {
        StampedCache.Recent<T> recent = store.recent(checked(name), type, recheck);
        return recent != null ? recent.value() : read(name, type, parse);
    }

    /**
     * Read-modify-write under the lock: {@code change} gets the current content (or
     * {@code initial.get()} when there is none) and its result is written atomically and returned.
     * When {@code change} throws, nothing is written and its exception propagates. The write runs off the
     * caller's thread ({@code change} too, so it must not need the caller's context): when the storage stops
     * answering, the caller gets a {@link StateStalledException} once no write has come back for the timeout.
     */
    public <T> T update(String name, Class<T> type, Supplier<T> initial, UnaryOperator<T> change) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(change, "change");
        return writes.write(file(name), () -> store.update(name, type, initial, change));
    }

    /** The raw content of {@code name}; empty when the file does not exist. Uncached, off the caller's thread and bounded like read. */
    public Optional<byte[]> readBytes(String name) {
        Path file = file(name);
        return reads.read("/bytes/" + name, file, byte[].class, () -> store.readBytes(name), Optional::empty)
                .map(byte[]::clone);
    }

    /** Replaces the content of {@code name} atomically, under the lock (off the caller's thread, like update). */
    public void writeBytes(String name, byte[] content) {
        byte[] copy = Objects.requireNonNull(content, "content").clone();
        writes.write(file(name), () -> {
            store.writeBytes(name, copy);
            return null;
        });
    }

    /**
     * {@link #read(String, Class, Function)}, and when there is no such file, the one that the first of
     * the pool's gateways to need it wrote: {@code made} (a generated secret) is written unless another
     * gateway wrote one first, and what is in the file then is the value.
     */
    public <T> T readOrCreate(String name, Class<T> type, Function<byte[], T> parse, Supplier<byte[]> made) {
        return read(name, type, parse).orElseGet(() -> {
            createIfAbsent(name, made.get());
            return read(name, type, parse).orElseThrow(() -> new IllegalStateException(name + " vanished"));
        });
    }

    /** Writes {@code name} unless it exists, atomically and under the lock; true if this call created it. */
    public boolean createIfAbsent(String name, byte[] content) {
        byte[] copy = Objects.requireNonNull(content, "content").clone();
        return writes.write(file(name), () -> store.createIfAbsent(name, copy));
    }

    private String checked(String name) {
        file(name);
        return name;
    }

    private Path file(String name) {
        if (name == null || name.isEmpty() || name.startsWith(".") || name.indexOf('/') >= 0
                || name.indexOf('\0') >= 0 || name.endsWith(CrossNodeLock.SUFFIX)) {
            throw new IllegalArgumentException("not a state file name: " + name);
        }
        return dir.resolve(name);
    }
}
