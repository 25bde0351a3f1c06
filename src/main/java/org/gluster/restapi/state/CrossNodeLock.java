package org.gluster.restapi.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Exclusion of the writers of one file across threads, processes and nodes: an in-JVM lock, then a
 * POSIX lock on {@code <file>.lock}. One instance must serve every user of a directory in a JVM.
 */
final class CrossNodeLock {

    static final String SUFFIX = ".lock";

    private final Map<Path, ReentrantLock> inJvm = new ConcurrentHashMap<>();

    /** Runs {@code action} holding the lock of {@code file}, a path in the directory's real path. */
    <R> R holding(Path file, Supplier<R> action) {
        Path lockFile = file.resolveSibling(file.getFileName() + SUFFIX);
        ReentrantLock jvmLock = inJvm.computeIfAbsent(lockFile, f -> new ReentrantLock());
        if (jvmLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nested update of " + file);
        }
        jvmLock.lock();
        try (FileChannel channel = FileChannel.open(lockFile,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), AtomicFile.FILE_MODE)) {
            channel.lock(); // released by the close
            return action.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        } finally {
            jvmLock.unlock();
        }
    }
}
