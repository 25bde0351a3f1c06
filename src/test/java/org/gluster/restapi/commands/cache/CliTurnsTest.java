package org.gluster.restapi.commands.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CliTurnsTest {

    private final CliTurns turns = new CliTurns();
    private final List<String> order = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private Future<?> waiter(String name, boolean change) {
        return threads.submit(() -> {
            if (turns.acquire(change, 10, TimeUnit.SECONDS)) {
                order.add(name);
                turns.release();
            }
            return null;
        });
    }

    private void queued(int count) throws InterruptedException {
        for (int i = 0; i < 500 && turns.waiting() < count; i++) {
            Thread.sleep(10);
        }
        assertEquals(count, turns.waiting());
    }

    @Test
    void aWaitingChangeGoesBeforeEveryWaitingRead() throws Exception {
        assertTrue(turns.acquire(false, 1, TimeUnit.SECONDS));
        Future<?> r1 = waiter("read 1", false);
        queued(1);
        Future<?> r2 = waiter("read 2", false);
        queued(2);
        Future<?> w1 = waiter("change 1", true);
        queued(3);
        Future<?> w2 = waiter("change 2", true);
        queued(4);
        turns.release();
        for (Future<?> f : List.of(r1, r2, w1, w2)) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of("change 1", "change 2", "read 1", "read 2"), order);
    }

    @Test
    void oneAtATime() throws Exception {
        assertTrue(turns.acquire(true, 1, TimeUnit.SECONDS));
        assertFalse(turns.acquire(false, 50, TimeUnit.MILLISECONDS));
        assertFalse(turns.acquire(true, 50, TimeUnit.MILLISECONDS));
        turns.release();
        assertTrue(turns.acquire(false, 1, TimeUnit.SECONDS));
        turns.release();
    }

    @Test
    void aWaiterThatGivesUpLeavesTheQueueAndDoesNotBlockOthers() throws Exception {
        assertTrue(turns.acquire(false, 1, TimeUnit.SECONDS));
        assertFalse(turns.acquire(true, 20, TimeUnit.MILLISECONDS));
        assertEquals(0, turns.waiting());
        Future<?> read = waiter("read", false);
        queued(1);
        turns.release();
        read.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("read"), order);
    }

    @Test
    void aChangeStopsTheReadInItsTurnOnceAndTheStoppedReadGoesFirstAmongTheReads() throws Exception {
        List<String> stops = new CopyOnWriteArrayList<>();
        assertTrue(turns.acquire(false, 1, TimeUnit.SECONDS));
        turns.stoppable(() -> stops.add("read 1 stopped"));
        Future<?> r2 = waiter("read 2", false);
        queued(1);
        Future<?> w1 = waiter("change 1", true);
        queued(2);
        Future<?> w2 = waiter("change 2", true);
        queued(3);
        assertEquals(List.of("read 1 stopped"), stops, "the first change stopped the read; the second found nothing to stop");

        assertTrue(turns.acquireAgain(10, TimeUnit.SECONDS));
        order.add("read 1 again");
        turns.release();
        for (Future<?> f : List.of(r2, w1, w2)) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of("change 1", "change 2", "read 1 again", "read 2"), order);
    }

    @Test
    void aReadThatEndedCannotBeStoppedByALaterChange() throws Exception {
        List<String> stops = new CopyOnWriteArrayList<>();
        assertTrue(turns.acquire(false, 1, TimeUnit.SECONDS));
        turns.stoppable(() -> stops.add("stopped"));
        turns.release();

        assertTrue(turns.acquire(true, 1, TimeUnit.SECONDS));
        turns.release();
        assertEquals(List.of(), stops);
    }
}
