package org.gluster.restapi.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.gluster.restapi.cli.ThisNode;
import org.gluster.restapi.events.control.GatewayEventLog;
import org.gluster.restapi.jobs.entity.Job;
import org.gluster.restapi.paging.Cursor;
import org.gluster.restapi.paging.Page;
import org.gluster.restapi.paging.PageRequest;
import org.gluster.restapi.problems.ConflictException;
import org.gluster.restapi.problems.NotFoundException;
import org.gluster.restapi.problems.Problems;
import org.gluster.restapi.problems.TooManyRequestsException;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.time.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two or three gateways on one state directory (as on shared storage), each its own Jobs, on a test clock. */
class JobsTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    final TestClock clock = new TestClock(T0);
    final List<String> told = new ArrayList<>();
    final List<Map<String, String>> stopped = new ArrayList<>();
    StateFiles files;

    /** A rebalance-like kind: resuming answers the task's last status; stop records its call. */
    final JobKind rebalance = new JobKind() {
        @Override
        public String kind() {
            return "rebalance";
        }

        @Override
        public Work resume(Map<String, String> params) {
            return progress -> {
                progress.accept(Map.of("status", "completed", "files", 42));
                return Map.of("files", 42, "volume", params.get("volume"));
            };
        }

        @Override
        public Object stop(Map<String, String> params) {
            stopped.add(params);
            return "stopped";
        }
    };

    Jobs gateway(String node, int max, Executor executor) {
        if (files == null) {
            files = StateLocation.fixed(dir, ForkJoinPool.commonPool()).get();
        }
        Jobs jobs = new Jobs() {
            @Override
            List<JobKind> kinds() {
                return List.of(rebalance);
            }
        };
        jobs.executor = executor;
        jobs.max = max;
        jobs.maxAgeSeconds = 3600;
        jobs.staleSeconds = 30;
        jobs.progressWriteMillis = 1000;
        jobs.state = () -> files;
        jobs.thisNode = new ThisNode() {
            @Override
            public String name() {
                return node;
            }

            @Override
            public String uuid() {
                return "uuid-" + node;
            }
        };
        jobs.problems = new Problems(List.of());
        jobs.clock = clock;
        jobs.events = new GatewayEventLog() {
            @Override
            public void tell(String event, Map<String, ?> fields) {
                told.add(event + " " + fields.get("id"));
            }
        };
        jobs.open();
        jobs.touch();
        return jobs;
    }

    @Test
    void aListTrustsTheRecheckWindowYetShowsAJobSubmittedHereAtOnce() {
        files = StateLocation.fixed(dir, ForkJoinPool.commonPool(), Duration.ofHours(1)).get();
        Jobs n1 = gateway("n1", 100, Runnable::run);
        assertEquals(List.of(), n1.list(JobFilter.of(null, null, null)));
        Job job = n1.submit("start volume gv0", Work.of(() -> null));
        assertEquals(List.of(job.id()), n1.list(JobFilter.of(null, null, null)).stream().map(Job::id).toList());
    }

    @Test
    void pagesOfThePoolsJobsWalkThemNewestFirstOnceEachAndKeepTheFilters() {
        Jobs n1 = gateway("n1", 100, Runnable::run);
        Jobs n2 = gateway("n2", 100, Runnable::run);
        for (int i = 0; i < 25; i++) {
            (i % 2 == 0 ? n1 : n2).submit("start volume gv" + i, Work.of(() -> null));
            if (i % 3 != 0) {
                clock.advance(Duration.ofMillis(1500));
            }
        }
        List<Job> whole = n1.list(JobFilter.of(null, null, null));
        List<Job> walked = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            Page<Job> page = n2.page(JobFilter.of(null, null, null), new PageRequest(10, cursor.map(Cursor::key)));
            assertEquals(25, page.total());
            walked.addAll(page.items());
            cursor = page.next();
            pages++;
        } while (cursor.isPresent());
        assertEquals(3, pages);
        assertEquals(whole, walked, "the same jobs in the same order (jobs made in the same instant too)");

        Page<Job> ofN2 = n1.page(JobFilter.of("n2", "succeeded", "start volume"), new PageRequest(5, Optional.empty()));
        assertEquals(12, ofN2.total());
        assertEquals(5, ofN2.items().size());
        assertTrue(ofN2.items().stream().allMatch(j -> j.node().equals("n2")));
        assertEquals(whole, n1.page(JobFilter.of(null, null, null), PageRequest.all()).items());
    }

    @Test
    void aJobAcceptedOnOneNodeIsReadAndListedOnAnotherWithItsNodeInItsId() {
        Jobs n1 = gateway("n1", 10, Runnable::run);
        Jobs n2 = gateway("n2", 10, Runnable::run);
        Job job = n1.submit("start volume gv0", Work.of(() -> Map.of("status", "Started")));
        assertTrue(job.id().startsWith("n1-"), job.id());

        Job read = n2.find(job.id());
        assertEquals(Job.SUCCEEDED, read.state());
        assertEquals("n1", read.node());
        assertEquals(Map.of("status", "Started"), read.result());
        clock.advance(Duration.ofSeconds(1));
        n2.submit("rebalance volume gv1", new Resumable("rebalance", Map.of("volume", "gv1"), p -> null));
        clock.advance(Duration.ofSeconds(1));
        n2.submit("stop volume gv0", Work.of(() -> null));

        assertEquals(List.of("stop volume gv0", "rebalance volume gv1", "start volume gv0"),
                n1.list(JobFilter.of(null, null, null)).stream().map(Job::operation).toList());
        assertEquals(2, n1.list(JobFilter.of("n2", null, null)).size());
        assertEquals(1, n1.list(JobFilter.of(null, null, "rebalance")).size());
        assertEquals(3, n1.list(JobFilter.of(null, "succeeded", null)).size());
        assertThrows(NotFoundException.class, () -> n2.find("n1-00000000-0000-4000-8000-000000000000"));
        assertThrows(NotFoundException.class, () -> n2.find("not-an-id"));
    }

    @Test
    void theBoundHoldsForThePoolNotPerNode() {
        List<Runnable> later = new ArrayList<>();
        Jobs n1 = gateway("n1", 2, later::add);
        Jobs n2 = gateway("n2", 2, later::add);
        n1.submit("a", Work.of(() -> null));
        n2.submit("b", Work.of(() -> null));
        assertThrows(TooManyRequestsException.class, () -> n1.submit("c", Work.of(() -> null)));
        later.forEach(Runnable::run);
        clock.advance(Duration.ofSeconds(1));
        n1.submit("c", Work.of(() -> null));
        assertEquals(2, n2.list(JobFilter.of(null, null, null)).size(), "the oldest finished job, on n1, went");
    }

    @Test
    void aRestartResumesWhatGlusterfsCarriesOnAndInterruptsTheRest() {
        List<Runnable> never = new ArrayList<>();
        Jobs before = gateway("n1", 10, never::add);
        Job rebalance = before.submit("rebalance volume gv0", new Resumable("rebalance", Map.of("volume", "gv0"),
                p -> null));
        Job start = before.submit("start volume gv1", Work.of(() -> null));
        Job queued = before.submit("rebalance volume gv2", new Resumable("rebalance", Map.of("volume", "gv2"),
                p -> null));
        // the first two ran until the gateway was killed: the rebalance had shown its task's progress
        files.update("jobs-n1.json", NodeJobs.class, () -> null, f -> f
                .changed(rebalance.id(), j -> j.running(T0).progressed(Map.of("status", "in progress", "files", 7)))
                .changed(start.id(), j -> j.running(T0)));

        clock.advance(Duration.ofSeconds(40));
        Jobs other = gateway("n2", 10, Runnable::run);
        assertEquals(Boolean.TRUE, other.find(rebalance.id()).nodeUnreachable(), "n1 not seen for 40 s");
        assertEquals(Job.RUNNING, other.find(rebalance.id()).state());

        Jobs after = gateway("n1", 10, Runnable::run);
        after.onStart(null);

        Job resumed = other.find(rebalance.id());
        assertEquals(Job.SUCCEEDED, resumed.state(), resumed::toString);
        assertEquals(T0.plusSeconds(40), resumed.resumed());
        assertEquals(T0, resumed.started());
        assertEquals("{files=42, volume=gv0}", new java.util.TreeMap<>((Map<?, ?>) resumed.result()).toString(),
                "the task's figures, read again");
        assertNull(resumed.nodeUnreachable());

        Job interrupted = other.find(start.id());
        assertEquals(Job.INTERRUPTED, interrupted.state());
        assertEquals(T0.plusSeconds(40), interrupted.finished());
        assertTrue(interrupted.problem().detail().contains("start volume gv1"), interrupted.problem().detail());
        assertEquals(Job.INTERRUPTED, other.find(queued.id()).state(), "queued: its start may never have run");
        assertEquals(1, other.list(JobFilter.of(null, "succeeded", null)).size());
        assertEquals(2, other.list(JobFilter.of(null, "interrupted", null)).size());
    }

    @Test
    void aRunningRebalanceIsStoppedFromAnyNodeAndTheRestAnswer409() {
        List<Runnable> held = new ArrayList<>();
        Jobs n1 = gateway("n1", 10, held::add);
        Jobs n2 = gateway("n2", 10, Runnable::run);
        Job rebalance = n1.submit("rebalance volume gv0", new Resumable("rebalance", Map.of("volume", "gv0"),
                p -> null));
        Job start = n1.submit("start volume gv1", Work.of(() -> null));

        assertThrows(ConflictException.class, () -> n2.cancel(rebalance.id()), "queued: its task has not started");
        files.update("jobs-n1.json", NodeJobs.class, () -> null, f -> f
                .changed(rebalance.id(), j -> j.running(T0).progressed("in progress"))
                .changed(start.id(), j -> j.running(T0)));

        assertNotNull(n2.cancel(rebalance.id()));
        assertEquals(List.of(Map.of("volume", "gv0")), stopped);
        ConflictException notStoppable = assertThrows(ConflictException.class, () -> n2.cancel(start.id()));
        assertTrue(notStoppable.getMessage().contains("cannot be stopped"), notStoppable.getMessage());

        Job done = n2.submit("stop volume gv1", Work.of(() -> null));
        assertTrue(assertThrows(ConflictException.class, () -> n1.cancel(done.id())).getMessage().contains("ended"));
        assertThrows(NotFoundException.class, () -> n1.cancel("n3-00000000-0000-4000-8000-000000000000"));
    }

    /** Why one file per node: what one progress write costs once a node's file holds many jobs (printed, not asserted). */
    @Test
    void aProgressWriteToAFullNodeFileIsTimed() {
        Jobs n1 = gateway("n1", 200, later -> { });
        Map<String, Object> progress = Map.of("nodes", List.of(Map.of("node", "n1", "files", 12345, "status",
                "in progress"), Map.of("node", "n2", "files", 23456, "status", "in progress")));
        Job last = null;
        for (int i = 0; i < 200; i++) {
            last = n1.submit("rebalance volume gv" + i, new Resumable("rebalance", Map.of("volume", "gv" + i), p -> null));
        }
        String id = last.id();
        int writes = 50;
        long began = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            files.update("jobs-n1.json", NodeJobs.class, () -> null, f -> f.changed(id, j -> j.progressed(progress)));
        }
        double millis = (System.nanoTime() - began) / 1e6 / writes;
        long bytes = dir.resolve("jobs-n1.json").toFile().length();
        System.out.printf("JobsTest: one progress write to a node file of 200 jobs (%d KiB, local disk): %.1f ms%n",
                bytes / 1024, millis);
        assertEquals(200, n1.list(JobFilter.of("n1", null, null)).size());
    }
}
