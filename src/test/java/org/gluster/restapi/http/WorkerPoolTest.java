package org.gluster.restapi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.nio.transport.TCPNIOTransportBuilder;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    @Test
    void aTaskWaitingWhileBlockedLeavesItsPlaceToTheNext() throws Exception {
        ForkJoinPool pool = WorkerPool.pool("test", 1, getClass().getClassLoader());
        try {
            CountDownLatch released = new CountDownLatch(1);
            var waiter = pool.submit(() -> WorkerPool.whileBlocked(() -> {
                try {
                    return released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            pool.submit(released::countDown);
            assertTrue(waiter.get(60, TimeUnit.SECONDS), "the second task ran while the first, alone at work, waited");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tasksWithOneWorkerRunInTheOrderTheyCame() throws Exception {
        ForkJoinPool pool = WorkerPool.pool("test", 1, getClass().getClassLoader());
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch go = new CountDownLatch(1);
            List<Integer> order = Collections.synchronizedList(new ArrayList<>());
            pool.execute(() -> {
                started.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(started.await(30, TimeUnit.SECONDS));
            CountDownLatch ran = new CountDownLatch(20);
            for (int i = 0; i < 20; i++) {
                int n = i;
                pool.execute(() -> {
                    order.add(n);
                    ran.countDown();
                });
            }
            go.countDown();
            assertTrue(ran.await(60, TimeUnit.SECONDS), "awaitQuiescence would run tasks on this thread too");
            assertEquals(IntStream.range(0, 20).boxed().toList(), order);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whatTheBlockedWorkThrowsReachesTheCaller() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> WorkerPool.whileBlocked(() -> {
            throw new IllegalArgumentException("no");
        }));
        assertEquals("no", thrown.getMessage());
        assertEquals("yes", WorkerPool.whileBlocked(() -> "yes"));
    }

    @Test
    void aBodyIsReadUpToTheLimitAndAFailedReadFailsTheCaller() throws Exception {
        assertEquals("abc", new String(WorkerPool.readAtMost(new ByteArrayInputStream("abcdef".getBytes()), 3)));
        assertEquals(0, WorkerPool.readAtMost(new ByteArrayInputStream(new byte[0]), 3).length);
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("reset");
            }
        };
        assertEquals("reset", assertThrows(IOException.class, () -> WorkerPool.readAtMost(broken, 3)).getMessage());
    }

    @Test
    void installingTakesTheListenersPoolsAndRemovingGivesThemBackAndStopsTheNew() throws Exception {
        TCPNIOTransport transport = TCPNIOTransportBuilder.newInstance().build();
        ExecutorService old = transport.getWorkerThreadPool();
        Runnable remove = WorkerPool.install(List.of(transport), 3);
        ExecutorService installed = transport.getWorkerThreadPool();
        assertNotSame(old, installed);
        assertEquals(3, ((ForkJoinPool) installed).getParallelism());
        Runnable again = WorkerPool.install(List.of(transport), 5);
        assertSame(installed, transport.getWorkerThreadPool(), "a second deployment leaves the first one's pool");
        again.run();
        assertSame(installed, transport.getWorkerThreadPool());
        remove.run();
        assertSame(old, transport.getWorkerThreadPool());
        assertTrue(installed.isShutdown());
    }
}
