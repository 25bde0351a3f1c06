package org.gluster.restapi.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.threadpool.AbstractThreadPool;

/**
 * The threads that serve HTTP requests: a fork-join pool in each of Payara's listeners in place of its
 * 200-thread pool, so that only {@code workers} requests use the processors at once, in the order they
 * came, while a request that waits (for the CLI, for the state storage, for a body that trickles in) says so
 * through {@link #whileBlocked} and a spare thread takes its place. With 200 threads, 32 busy clients on 2 cores
 * were 32 threads sharing them by time slices: p99 three to four times the mean.
 */
public final class WorkerPool {

    static final int MAX_THREADS = 256;

    private WorkerPool() {
    }

    /** Runs {@code work}, which blocks, letting the pool start a spare thread meanwhile (when on one of its threads). */
    public static <T> T whileBlocked(Supplier<T> work) {
        var blocker = new ForkJoinPool.ManagedBlocker() {
            T result;
            boolean done;

            @Override
            public boolean block() {
                result = work.get();
                done = true;
                return true;
            }

            @Override
            public boolean isReleasable() {
                return done;
            }
        };
        try {
            ForkJoinPool.managedBlock(blocker);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
        return blocker.result;
    }

    /** Reads at most {@code limit} bytes of a request's body, which may trickle in: a wait like any other. */
    public static byte[] readAtMost(InputStream in, int limit) throws IOException {
        try {
            return whileBlocked(() -> {
                try {
                    return in.readNBytes(limit);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A pool of {@code workers} threads at work (more while some wait), first come first served. */
    static ForkJoinPool pool(String name, int workers, ClassLoader loader) {
        return new ForkJoinPool(workers, pool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName(name + "-" + thread.getPoolIndex());
            thread.setContextClassLoader(loader);
            return thread;
        }, null, true, 0, MAX_THREADS, 1, pool -> true, 60, TimeUnit.SECONDS);
    }

    /**
     * Puts a pool into each transport that has none yet (another deployment's stays); the returned action puts the
     * old ones back where the pool is still the one put there, and stops the new.
     */
    static Runnable install(List<Transport> transports, int workers) {
        List<Runnable> removals = new ArrayList<>();
        for (Transport transport : transports) {
            ExecutorService old = transport.getWorkerThreadPool();
            if (old instanceof ForkJoinPool) {
                continue;
            }
            ClassLoader loader = old instanceof AbstractThreadPool grizzly
                    && grizzly.getConfig().getInitialClassLoader() != null
                    ? grizzly.getConfig().getInitialClassLoader() : Transport.class.getClassLoader();
            ForkJoinPool pool = pool("http-worker-" + transport.getName(), workers, loader);
            transport.setWorkerThreadPool(pool);
            removals.add(() -> {
                if (transport.getWorkerThreadPool() == pool) {
                    transport.setWorkerThreadPool(old);
                }
                pool.shutdown();
            });
        }
        return () -> removals.forEach(Runnable::run);
    }
}
