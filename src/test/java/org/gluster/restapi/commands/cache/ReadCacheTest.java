package org.gluster.restapi.commands.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gluster.restapi.cli.CliOutput;
import org.gluster.restapi.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

    private static final ReadCache.Key INFO = new ReadCache.Key(List.of("volume", "info", "all"), true);
    private static final ReadCache.Key STATUS = new ReadCache.Key(List.of("volume", "status", "all"), true);

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final List<String> events = new ArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private ReadCache cache = new ReadCache(clock, Duration.ofSeconds(1), 100, 1_000_000, this::count);

    private synchronized void count(String event) {
        events.add(event);
    }

    private ReadCache.Loaded run(String stdout) {
        runs.incrementAndGet();
        return new ReadCache.Loaded(new CliOutput(0, stdout, null), 2L * stdout.length() + 64);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aConfigurationReadIsAnsweredFromTheCacheUntilInvalidated() {
        CliOutput first = cache.read(INFO, false, false, () -> run("a")).output();
        clock.advance(Duration.ofHours(1));
        var again = cache.read(INFO, false, false, () -> run("b"));
        assertSame(first, again.output());
        assertEquals(ReadCache.Outcome.HIT, again.outcome());
        cache.invalidate();
        assertEquals("c", cache.read(INFO, false, false, () -> run("c")).output().message());
        assertEquals(2, runs.get());
    }

    @Test
    void aLiveReadIsTrustedForTheLiveMaxAgeOnly() {
        cache.read(STATUS, true, false, () -> run("a"));
        clock.advance(Duration.ofMillis(1000));
        assertEquals("a", cache.read(STATUS, true, false, () -> run("b")).output().message());
        clock.advance(Duration.ofMillis(1));
        assertEquals("c", cache.read(STATUS, true, false, () -> run("c")).output().message());
    }

    @Test
    void revalidatingRunsTheCliEvenWhenTheEntryIsFresh() {
        cache.read(INFO, false, false, () -> run("a"));
        assertEquals("b", cache.read(INFO, false, true, () -> run("b")).output().message());
        assertEquals("b", cache.read(INFO, false, false, () -> run("x")).output().message());
    }

    @Test
    void concurrentReadsOfTheSameArgvShareOneRun() throws Exception {
        CountDownLatch leaderRunning = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<ReadCache.Answer> leader = threads.submit(() -> cache.read(INFO, false, false, () -> {
            leaderRunning.countDown();
            await(finish);
            return run("shared");
        }));
        leaderRunning.await();
        List<Future<ReadCache.Answer>> followers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            followers.add(threads.submit(() -> cache.read(INFO, false, false, () -> run("own"))));
        }
        waitFor(() -> events.stream().filter("shared"::equals).count() == 5);
        finish.countDown();
        assertEquals(ReadCache.Outcome.MISS, leader.get(5, TimeUnit.SECONDS).outcome());
        for (Future<ReadCache.Answer> follower : followers) {
            ReadCache.Answer answer = follower.get(5, TimeUnit.SECONDS);
            assertEquals("shared", answer.output().message());
            assertEquals(ReadCache.Outcome.SHARED, answer.outcome());
        }
        assertEquals(1, runs.get());
    }

    @Test
    void aSharedRunsFailureReachesEveryoneWaitingAndIsNotStored() throws Exception {
        CountDownLatch leaderRunning = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<?> leader = threads.submit(() -> cache.read(INFO, false, false, () -> {
            leaderRunning.countDown();
            await(finish);
            throw new IllegalStateException("glusterd is down");
        }));
        leaderRunning.await();
        Future<ReadCache.Answer> follower = threads.submit(() -> cache.read(INFO, false, false, () -> run("own")));
        waitFor(() -> events.contains("shared"));
        finish.countDown();
        var failure = assertThrows(java.util.concurrent.ExecutionException.class, () -> follower.get(5, TimeUnit.SECONDS));
        assertEquals("glusterd is down", failure.getCause().getMessage());
        assertThrows(java.util.concurrent.ExecutionException.class, () -> leader.get(5, TimeUnit.SECONDS));
        assertEquals("later", cache.read(INFO, false, false, () -> run("later")).output().message());
    }

    @Test
    void aRunThatStartedBeforeAChangeIsNeverStored() throws Exception {
        CountDownLatch leaderRunning = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<ReadCache.Answer> before = threads.submit(() -> cache.read(INFO, false, false, () -> {
            leaderRunning.countDown();
            await(finish);
            return run("before the change");
        }));
        leaderRunning.await();
        cache.invalidate();
        Future<ReadCache.Answer> after = threads.submit(() -> cache.read(INFO, false, false, () -> run("after")));
        assertEquals("after", after.get(5, TimeUnit.SECONDS).output().message());
        finish.countDown();
        assertEquals("before the change", before.get(5, TimeUnit.SECONDS).output().message());
        assertEquals("after", cache.read(INFO, false, false, () -> run("x")).output().message());
    }

    @Test
    void aRevalidatingReadJoinsARunStillWaitingForItsTurn() throws Exception {
        CountDownLatch leaderWaiting = new CountDownLatch(1);
        CountDownLatch turn = new CountDownLatch(1);
        Future<ReadCache.Answer> leader = threads.submit(() -> cache.read(INFO, false, true, started -> {
            leaderWaiting.countDown();
            await(turn);
            started.run();
            return run("fresh");
        }));
        leaderWaiting.await();
        Future<ReadCache.Answer> follower = threads.submit(() -> cache.read(INFO, false, true, started -> {
            started.run();
            return run("own");
        }));
        waitFor(() -> events.contains("shared"));
        turn.countDown();

        assertEquals("fresh", follower.get(5, TimeUnit.SECONDS).output().message());
        assertEquals(ReadCache.Outcome.SHARED, follower.get().outcome());
        assertEquals(ReadCache.Outcome.MISS, leader.get(5, TimeUnit.SECONDS).outcome());
        assertEquals(1, runs.get());
    }

    @Test
    void aRevalidatingReadRunsItsOwnWhenTheRunForTheSameReadHasStarted() throws Exception {
        CountDownLatch leaderRunning = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<ReadCache.Answer> leader = threads.submit(() -> cache.read(INFO, false, true, started -> {
            started.run();
            leaderRunning.countDown();
            await(finish);
            return run("started earlier");
        }));
        leaderRunning.await();
        Future<ReadCache.Answer> second = threads.submit(() -> cache.read(INFO, false, true, started -> {
            started.run();
            return run("own");
        }));

        assertEquals("own", second.get(5, TimeUnit.SECONDS).output().message());
        finish.countDown();
        assertEquals("started earlier", leader.get(5, TimeUnit.SECONDS).output().message());
        assertEquals(2, runs.get());
    }

    @Test
    void aRevalidatingReadStillWaitingIsJoinedByTheNextButNotByAReadOfAnotherGeneration() throws Exception {
        CountDownLatch leaderWaiting = new CountDownLatch(1);
        CountDownLatch turn = new CountDownLatch(1);
        Future<ReadCache.Answer> leader = threads.submit(() -> cache.read(INFO, false, true, started -> {
            leaderWaiting.countDown();
            await(turn);
            started.run();
            return run("queued before the change");
        }));
        leaderWaiting.await();
        cache.invalidate();

        var after = cache.read(INFO, false, true, started -> {
            started.run();
            return run("after the change");
        });

        assertEquals("after the change", after.output().message());
        turn.countDown();
        leader.get(5, TimeUnit.SECONDS);
        assertEquals(2, runs.get());
    }

    @Test
    void theCacheIsBoundedInEntriesAndBytesLeastRecentlyUsedFirst() {
        cache = new ReadCache(clock, Duration.ofSeconds(1), 2, 1_000_000, this::count);
        var a = new ReadCache.Key(List.of("a"), true);
        var b = new ReadCache.Key(List.of("b"), true);
        var c = new ReadCache.Key(List.of("c"), true);
        cache.read(a, false, false, () -> run("a"));
        cache.read(b, false, false, () -> run("b"));
        cache.read(a, false, false, () -> run("a2"));
        cache.read(c, false, false, () -> run("c"));
        assertEquals(2, cache.size());
        assertEquals("a", cache.read(a, false, false, () -> run("a3")).output().message());
        assertEquals("b2", cache.read(b, false, false, () -> run("b2")).output().message());
        assertEquals(2, events.stream().filter("eviction"::equals).count());

        cache = new ReadCache(clock, Duration.ofSeconds(1), 100, 1000, this::count);
        cache.read(a, false, false, () -> run("x".repeat(300)));
        cache.read(b, false, false, () -> run("y".repeat(300)));
        assertEquals(1, cache.size());
        cache.read(c, false, false, () -> run("z".repeat(600)));
        assertEquals(1, cache.size(), "an answer bigger than the whole cache is not kept");
        assertEquals("again", cache.read(c, false, false, () -> run("again")).output().message());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !condition(condition); i++) {
            Thread.sleep(10);
        }
        assertEquals(true, condition(condition), "the condition came true");
    }

    private synchronized boolean condition(java.util.function.BooleanSupplier condition) {
        return condition.getAsBoolean();
    }
}
