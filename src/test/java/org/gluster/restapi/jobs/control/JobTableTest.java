package org.gluster.restapi.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gluster.restapi.jobs.entity.Job;
import org.gluster.restapi.problems.Problem;
import org.gluster.restapi.time.TestClock;
import org.junit.jupiter.api.Test;

class JobTableTest {

    static final Instant T0 = Instant.parse("2026-11-24T05:00:00Z");

    final TestClock clock = new TestClock(T0);
    final JobTable table = new JobTable(3, Duration.ofHours(1), Duration.ofSeconds(30));

    @Test
    void aFullPoolOfUnfinishedJobsRefusesTheNextWhicheverNodeHoldsThem() {
        List<NodeJobs> pool = List.of(node("n1", queued("a", "n1"), queued("b", "n1")), node("n2", queued("c", "n2")));
        assertEquals(Optional.empty(), table.room(pool, clock.instant()));
        assertEquals(Optional.of(Set.of()), table.room(pool.subList(0, 1), clock.instant()));
    }

    @Test
    void aFullPoolMakesRoomByForgettingTheOldestFinishedJobOfAnyNode() {
        StoredJob a = queued("a", "n1");
        StoredJob b = done("b", "n2", T0.plusSeconds(2));
        StoredJob c = done("c", "n3", T0.plusSeconds(1));
        List<NodeJobs> pool = List.of(node("n1", a), node("n2", b), node("n3", c));

        Set<String> forget = table.room(pool, T0.plusSeconds(3)).orElseThrow();
        assertEquals(Set.of("c"), forget);
        assertEquals(List.of(), table.pruned(pool.get(2), forget, T0.plusSeconds(3)).jobs());
        assertEquals(List.of(b), table.pruned(pool.get(1), forget, T0.plusSeconds(3)).jobs());
    }

    @Test
    void finishedJobsAreLeftOutAfterTheirMaximumAgeAndUnfinishedOnesNever() {
        List<NodeJobs> pool = List.of(node("n1", done("old", "n1", T0.plusSeconds(10)), running("run", "n1", null)));
        Gateways seen = new Gateways(Map.of("n1", T0.plus(Duration.ofHours(2))));

        assertEquals(2, table.view(pool, seen, T0.plus(Duration.ofMinutes(59))).size());
        assertEquals(List.of("run"), table.view(pool, seen, T0.plus(Duration.ofHours(2))).stream().map(Job::id).toList());
        assertEquals(List.of(), table.pruned(pool.get(0), Set.of(), T0.plus(Duration.ofHours(2))).jobs().stream()
                .filter(j -> j.job().id().equals("old")).toList());
        assertEquals(Optional.of(Set.of()), table.room(List.of(node("n1", done("x", "n1", T0), queued("y", "n1"),
                queued("z", "n1"))), T0.plus(Duration.ofHours(2))), "an expired job does not count");
    }

    @Test
    void theWholePoolIsListedNewestFirst() {
        StoredJob first = new StoredJob(Job.queued("n2-1", "n2", "op", T0), null, null);
        StoredJob second = new StoredJob(Job.queued("n1-2", "n1", "op", T0.plusSeconds(1)), null, null);
        StoredJob third = new StoredJob(Job.queued("n2-3", "n2", "op", T0.plusSeconds(2)), null, null);
        Gateways seen = new Gateways(Map.of("n1", T0, "n2", T0));
        List<Job> jobs = table.view(List.of(node("n1", second), node("n2", first, third)), seen, T0.plusSeconds(3));
        assertEquals(List.of("n2-3", "n1-2", "n2-1"), jobs.stream().map(Job::id).toList());
    }

    @Test
    void aNodesJobsAreShownUnreachableOnceItsHeartbeatIsOlderThanThirtySecondsWithoutChangingThem() {
        StoredJob job = running("r", "n1", "half");
        Gateways seen = new Gateways(Map.of("n1", T0));
        clock.advance(Duration.ofSeconds(30));
        Job shown = table.shown(job.job(), seen, clock.instant()).orElseThrow();
        assertNull(shown.nodeUnreachable(), "30 s: still seen");

        clock.advance(Duration.ofSeconds(1));
        shown = table.shown(job.job(), seen, clock.instant()).orElseThrow();
        assertEquals(Boolean.TRUE, shown.nodeUnreachable());
        assertEquals(Job.RUNNING, shown.state());
        assertEquals("half", shown.progress());
        assertNull(job.job().nodeUnreachable(), "the stored job is not rewritten");
        assertTrue(table.stale("never-seen", seen, clock.instant()));
        assertFalse(table.stale("n1", seen.touched("n1", clock.instant()), clock.instant()));
    }

    @Test
    void aRestartResumesOnlyRunningJobsOfAKnownKindWhoseTaskStarted() {
        Set<String> kinds = Set.of("rebalance");
        assertTrue(JobTable.resumable(resumable(running("a", "n1", "status").job()), kinds));
        assertFalse(JobTable.resumable(resumable(running("b", "n1", null).job()), kinds), "start may not have run");
        assertFalse(JobTable.resumable(resumable(queued("c", "n1").job()), kinds), "never started");
        assertFalse(JobTable.resumable(running("d", "n1", "status"), kinds), "a volume start: not resumable");
        assertFalse(JobTable.resumable(new StoredJob(running("e", "n1", "s").job(), "snapshot", Map.of()), kinds));
    }

    @Test
    void anInterruptedJobIsFinishedKeepsItsLastProgressAndCountsAsDone() {
        Job job = running("a", "n1", "last").job().interrupted(Problem.of(500, "Job interrupted", "why"),
                T0.plusSeconds(5));
        assertTrue(job.done());
        assertEquals(Job.INTERRUPTED, job.state());
        assertEquals("last", job.progress());
        assertEquals(T0.plusSeconds(5), job.finished());
        assertEquals(Set.of("a"), table.room(List.of(node("n1", new StoredJob(job, null, null), queued("b", "n1"),
                queued("c", "n1"))), T0.plusSeconds(6)).orElseThrow());
    }

    @Test
    void progressIsKeptWhenTheJobFinishesAndAResumeKeepsTheStart() {
        Job job = Job.queued("j", "n1", "rebalance volume gv0", T0).running(T0.plusSeconds(1)).progressed("half")
                .resumedAt(T0.plusSeconds(9));
        Job done = job.succeeded("all", T0.plusSeconds(12));
        assertEquals("half", done.progress());
        assertEquals(Job.SUCCEEDED, done.state());
        assertEquals(T0.plusSeconds(1), done.started());
        assertEquals(T0.plusSeconds(9), done.resumed());
    }

    static NodeJobs node(String name, StoredJob... jobs) {
        return new NodeJobs(name, List.of(jobs));
    }

    static StoredJob queued(String id, String node) {
        return new StoredJob(Job.queued(id, node, "op", T0), null, null);
    }

    static StoredJob running(String id, String node, Object progress) {
        return new StoredJob(Job.queued(id, node, "op", T0).running(T0).progressed(progress), null, null);
    }

    static StoredJob done(String id, String node, Instant at) {
        return new StoredJob(Job.queued(id, node, "op", T0).running(T0).succeeded(null, at), null, null);
    }

    static StoredJob resumable(Job job) {
        return new StoredJob(job, "rebalance", Map.of("volume", "gv0"));
    }
}
