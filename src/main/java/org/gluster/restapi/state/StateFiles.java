package org.gluster.restapi.state;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The gateway's durable state: one JSON (or raw) file per name in one directory, which may be
 * GlusterFS's shared-storage FUSE mount written by every node of the pool at once.
 *
 * <p>Why it works the way it does:
 * <ul>
 * <li>A file is never rewritten in place. A writer writes a temp file {@code .<name>.<random>.tmp}
 * (created 0600 before any content goes in), fsyncs it, renames it over the file and fsyncs the
 * directory, so a reader on any node sees the previous or the next complete content, never a
 * partial one, also after a crash or a SIGKILL. Stale temp files are ignored by readers and removed
 * by the next writer once they are older than a minute.</li>
 * <li>Writers exclude each other with {@code FileChannel.lock()} on a separate {@code <name>.lock}
 * file (POSIX locks, which GlusterFS carries across nodes) and re-read the file inside the lock, so
 * read-modify-write updates from several processes or nodes lose nothing. The lock file is never
 * replaced or deleted, so every writer locks the same inode. Because a JVM may hold only one lock
 * per file, and closing any channel of a file drops the process's POSIX locks on it, an in-JVM
 * lock shared by all instances serialises writers of one JVM before they touch the lock file.</li>
 * <li>Readers take no lock: they open the file by path each time (a handle kept open would go on
 * showing a replaced file) and retry a few times on {@code ENOENT}/{@code ESTALE}, which a FUSE or
 * network mount may report while another node renames.</li>
 * <li>Parsed content is cached under the file's (mtime, size, file key); a file changes identity on
 * every write, so a read that finds it unchanged costs one stat. A file modified less than
 * {@value #SETTLE_SECONDS} seconds before it was read is read again next time (coarse timestamps and
 * reused inode numbers could otherwise make a new file look like the cached one).</li>
 * <li>The directory is created 0700 and every file is 0600: the state holds password hashes and
 * the token-signing key. An existing directory keeps its mode, since it may be a shared mount.</li>
 * </ul>
 *
 * <p>Values returned by {@link #read} are shared with other readers through the cache and must be
 * treated as immutable; the types are meant to be records. Thread-safe.
 */
public final class StateFiles implements Supplier<StateFiles> {

    static final int SETTLE_SECONDS = 2;
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);
    private static final ExecutorService IO = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "state-io");
        thread.setDaemon(true);
        return thread;
    });

    private static final Duration SETTLE = Duration.ofSeconds(SETTLE_SECONDS);
    private static final Duration STALE_TEMP = Duration.ofMinutes(1);
    private static final int READ_ATTEMPTS = 5;
    private static final String LOCK_SUFFIX = ".lock";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int TEMP_RANDOM_BYTES = 8;
    private static final FileAttribute<Set<PosixFilePermission>> DIR_MODE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    private static final FileAttribute<Set<PosixFilePermission>> FILE_MODE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    /** Per lock file, for every instance in this JVM. */
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path dir;
    private final Path realDir;
    private final Jsonb jsonb;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<?>> reading = new ConcurrentHashMap<>();
    private final Duration readTimeout;

    public StateFiles(Path dir) {
        this(dir, DEFAULT_READ_TIMEOUT);
    }

    StateFiles(Path dir, Duration readTimeout) {
        this.readTimeout = readTimeout;
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.dir, DIR_MODE);
            this.realDir = this.dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state directory " + this.dir, e);
        }
        this.jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true));
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
        CompletableFuture<?> io = reading.computeIfAbsent(name,
                n -> CompletableFuture.supplyAsync(() -> readNow(n, file, type), IO));
        io.whenComplete((value, failure) -> reading.remove(name, io));
        try {
            @SuppressWarnings("unchecked")
            Optional<T> value = (Optional<T>) io.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return value.map(type::cast);
        } catch (TimeoutException stalled) {
            Cached cached = cache.get(name);
            if (cached != null && cached.type == type) {
                return Optional.of(type.cast(cached.value));
            }
            throw new UncheckedIOException("the storage of " + file + " does not answer",
                    new IOException("no answer within " + readTimeout.toMillis() + " ms"));
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

    private <T> Optional<Object> readNow(String name, Path file, Class<T> type) {
        for (int attempt = 1; ; attempt++) {
            Instant now = Instant.now();
            try {
                Stamp stamp;
                try {
                    stamp = Stamp.of(Files.readAttributes(file, BasicFileAttributes.class));
                } catch (NoSuchFileException e) {
                    // a file once written is only ever replaced, so one that was seen before and is gone now
                    // is more likely a mount's hiccup during a rename than a deletion
                    if (cache.containsKey(name) && attempt < READ_ATTEMPTS) {
                        pause(attempt);
                        continue;
                    }
                    cache.remove(name);
                    return Optional.empty();
                }
                Cached cached = cache.get(name);
                if (cached != null && cached.settled && cached.type == type && cached.stamp.equals(stamp)) {
                    return Optional.of(cached.value);
                }
                T value = parse(name, Files.readAllBytes(file), type);
                cache.put(name, new Cached(stamp, type, value, stamp.settledAt(now)));
                return Optional.of(value);
            } catch (IOException e) {
                if (!transientFailure(e) || attempt >= READ_ATTEMPTS) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
                pause(attempt);
            }
        }
    }

    /**
     * Read-modify-write under the lock: {@code change} gets the current content (or
     * {@code initial.get()} when there is none) and its result is written atomically and returned.
     * When {@code change} throws, nothing is written and its exception propagates.
     */
    public <T> T update(String name, Class<T> type, Supplier<T> initial, UnaryOperator<T> change) {
        Path file = file(name);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(change, "change");
        return locked(name, () -> {
            Optional<byte[]> current = readFresh(file);
            T value = current.isPresent() ? parse(name, current.get(), type) : initial.get();
            T next = Objects.requireNonNull(change.apply(value), "the change of " + name + " returned null");
            replace(name, jsonb.toJson(next, type).getBytes(StandardCharsets.UTF_8));
            return next;
        });
    }

    /** The raw content of {@code name}; empty when the file does not exist. */
    public Optional<byte[]> readBytes(String name) {
        return readFresh(file(name));
    }

    /** Replaces the content of {@code name} atomically, under the lock. */
    public void writeBytes(String name, byte[] content) {
        file(name);
        Objects.requireNonNull(content, "content");
        byte[] copy = content.clone();
        locked(name, () -> {
            replace(name, copy);
            return null;
        });
    }

    /** Writes {@code name} unless it exists, atomically and under the lock; true if this call created it. */
    public boolean createIfAbsent(String name, byte[] content) {
        Path file = file(name);
        Objects.requireNonNull(content, "content");
        byte[] copy = content.clone();
        return locked(name, () -> {
            if (readFresh(file).isPresent()) {
                return false;
            }
            replace(name, copy);
            return true;
        });
    }

    private Path file(String name) {
        if (name == null || name.isEmpty() || name.startsWith(".") || name.indexOf('/') >= 0
                || name.indexOf('\0') >= 0 || name.endsWith(LOCK_SUFFIX)) {
            throw new IllegalArgumentException("not a state file name: " + name);
        }
        return dir.resolve(name);
    }

    private <R> R locked(String name, Supplier<R> action) {
        Path lockFile = realDir.resolve(name + LOCK_SUFFIX);
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, f -> new ReentrantLock());
        if (jvmLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nested update of " + dir.resolve(name));
        }
        jvmLock.lock();
        try (FileChannel channel = FileChannel.open(lockFile,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), FILE_MODE)) {
            channel.lock(); // released by the close
            return action.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        } finally {
            jvmLock.unlock();
        }
    }

    /** The whole file as it is now, bypassing the cache. */
    private Optional<byte[]> readFresh(Path file) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                if (!transientFailure(e) || attempt >= READ_ATTEMPTS) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
                pause(attempt);
            }
        }
    }

    /** Temp file, fsync, atomic rename, fsync of the directory; the caller holds the lock. */
    private void replace(String name, byte[] content) {
        Path file = dir.resolve(name);
        removeStaleTemps(name);
        Path temp = null;
        try {
            temp = createTemp(name);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
                directory.force(true);
            }
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot write " + file, e);
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    failure.addSuppressed(cleanup);
                }
            }
            throw failure;
        } finally {
            cache.remove(name);
        }
    }

    private Path createTemp(String name) throws IOException {
        byte[] random = new byte[TEMP_RANDOM_BYTES];
        for (int attempt = 1; ; attempt++) {
            ThreadLocalRandom.current().nextBytes(random);
            Path temp = dir.resolve("." + name + "." + HexFormat.of().formatHex(random) + TEMP_SUFFIX);
            try {
                return Files.createFile(temp, FILE_MODE);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    /** Temp files a crashed writer left; a minute's age keeps this clear of any writer still at work. */
    private void removeStaleTemps(String name) {
        String prefix = "." + name + ".";
        Instant staleBefore = Instant.now().minus(STALE_TEMP);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> isTempOf(p.getFileName().toString(), prefix))) {
            for (Path temp : entries) {
                try {
                    if (Files.getLastModifiedTime(temp).toInstant().isBefore(staleBefore)) {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException e) {
                    // another writer's cleanup got there first, or it cannot be removed: not this write's concern
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // a listing that fails leaves the temp files for the next writer
        }
    }

    private static boolean isTempOf(String fileName, String prefix) {
        if (!fileName.startsWith(prefix) || !fileName.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        String random = fileName.substring(prefix.length(), fileName.length() - TEMP_SUFFIX.length());
        return random.length() == 2 * TEMP_RANDOM_BYTES && random.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
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

    private static boolean transientFailure(IOException e) {
        if (e instanceof NoSuchFileException) {
            return true;
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        return reason != null && reason.contains("Stale file handle");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(10L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the remaining attempts are few and bounded
        }
    }

    private record Stamp(FileTime modified, long size, Object fileKey) {

        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        }

        boolean settledAt(Instant now) {
            return modified.toInstant().plus(SETTLE).isBefore(now);
        }
    }

    private record Cached(Stamp stamp, Class<?> type, Object value, boolean settled) {
    }
}
