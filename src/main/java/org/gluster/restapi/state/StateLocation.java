package org.gluster.restapi.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Where the state is now. A one-node pool keeps it in a local directory. Once
 * {@code gluster-restapi use-shared-storage} has copied it to the pool's shared-storage volume and
 * left the {@value #MARKER} file there, every node uses that copy; each looks for the marker at most
 * every {@value #RECHECK_MILLIS} ms, so the switch needs no restart. A state directory named
 * explicitly (tests, or an operator's choice) is used as it is. Every StateFiles it makes shares
 * one lock table and reads on {@code io}; one location per JVM.
 */
public final class StateLocation implements Supplier<StateFiles> {

    public static final Path DEFAULT_LOCAL = Path.of("/var/lib/glusterrestd");
    public static final Path DEFAULT_SHARED = Path.of("/run/gluster/shared_storage/glusterrestd");
    public static final String MARKER = "pool-state";
    /** GlusterFS's shared-storage volume, and its client options that must stay off for safe updates there. */
    public static final String SHARED_VOLUME = "gluster_shared_storage";
    public static final List<String> SHARED_VOLUME_OPTIONS_OFF = List.of("performance.stat-prefetch",
            "performance.open-behind", "performance.quick-read");
    static final long RECHECK_MILLIS = 2000;

    private final Executor io;
    private final Duration recheck;
    private final CrossNodeLock locks = new CrossNodeLock();
    private final StateFiles local;
    private final Path shared;
    private volatile StateFiles sharedFiles;
    private volatile long checkedAt;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile CompletableFuture<Boolean> looking;

    private StateLocation(Path local, Path shared, Executor io, Duration recheck) {
        this.io = io;
        this.recheck = recheck;
        this.local = new StateFiles(local, io, locks, recheck);
        this.shared = shared;
    }

    /** {@code io} runs the reads that a stalled mount could hang: the server's managed executor, or the tool's own. */
    public static StateLocation fixed(Path dir, Executor io) {
        return fixed(dir, io, Duration.ZERO);
    }

    public static StateLocation auto(Path local, Path shared, Executor io) {
        return auto(local, shared, io, Duration.ZERO);
    }

    /** Reads trust what a read found less than {@code recheck} ago (the server's; see package-info). */
    public static StateLocation fixed(Path dir, Executor io, Duration recheck) {
        return new StateLocation(dir, null, io, recheck);
    }

    public static StateLocation auto(Path local, Path shared, Executor io, Duration recheck) {
        return new StateLocation(local, shared, io, recheck);
    }

    public Path localDir() {
        return local.dir();
    }

    public Path sharedDir() {
        return shared;
    }

    /** Whether the state in use now is the pool's copy on shared storage. */
    public boolean shared() {
        return get() != local;
    }

    /**
     * The state in use. The look for the marker runs on {@code io} and is waited for at most the read timeout,
     * by one caller at a time: on a shared-storage mount that stopped answering it would hang, and then the
     * state last found stays in use (its own reads and writes are bounded); while that look still hangs, no
     * other is made and nobody waits.
     */
    @Override
    public StateFiles get() {
        if (shared == null) {
            return local;
        }
        long now = System.currentTimeMillis();
        // until the first look is done every caller takes part in it, so that none is given the local state by mistake
        if (now - checkedAt >= RECHECK_MILLIS && (checkedAt == 0 || checking.compareAndSet(false, true))) {
            try {
                CompletableFuture<Boolean> look = looking;
                long wait = 0;
                if (look == null || look.isDone()) {
                    look = CompletableFuture.supplyAsync(() -> Files.exists(shared.resolve(MARKER)), io);
                    looking = look;
                    wait = StateFiles.DEFAULT_READ_TIMEOUT.toMillis();
                }
                boolean moved = look.get(wait, TimeUnit.MILLISECONDS);
                sharedFiles = moved ? filesIn(shared) : null;
                checkedAt = now;
            } catch (TimeoutException | ExecutionException | RuntimeException e) {
                checkedAt = now; // the storage does not answer: what was found last stays
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                checking.set(false);
            }
        }
        StateFiles current = sharedFiles;
        return current != null ? current : local;
    }

    /** The state in {@code dir}, sharing this location's locks with every other user of that directory here. */
    public StateFiles filesIn(Path dir) {
        Path normal = dir.toAbsolutePath().normalize();
        if (local.dir().equals(normal)) {
            return local;
        }
        StateFiles current = sharedFiles;
        return current != null && current.dir().equals(normal) ? current : new StateFiles(normal, io, locks, recheck);
    }
}
