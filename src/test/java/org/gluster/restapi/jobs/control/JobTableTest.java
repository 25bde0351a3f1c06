package org.gluster.restapi.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gluster.restapi.jobs.entity.Job;
import org.junit.jupiter.api.Test;

class JobTableTest {

    static final Instant T0 = Instant.parse("2026-11-24T05:00:00Z");

    final JobTable table = new JobTable(3, Duration.ofHours(1));

    @Test
    void aFullTableOfUnfinishedJobsRefusesTheNext() {
        for (int i = 0; i < 3; i++) {
            assertTrue(table.add(Job.queued("j" + i, "op", T0), T0));
        }
        assertFalse(table.add(Job.queued("j3", "op", T0), T0));
        assertEquals(3, table.newestFirst(T0).size());
    }

    @Test
    void aFullTableMakesRoomByForgettingTheOldestFinishedJob() {
        for (int i = 0; i < 3; i++) {
            table.add(Job.queued("j" + i, "op", T0), T0);
        }
        table.update("j1", job -> job.running(T0).succeeded("done", T0.plusSeconds(1)));
        table.update("j2", job -> job.running(T0).failed(null, T0.plusSeconds(2)));

        assertTrue(table.add(Job.queued("j3", "op", T0), T0.plusSeconds(3)));
        assertEquals(List.of("j3", "j2", "j0"), table.newestFirst(T0.plusSeconds(3)).stream().map(Job::id).toList());
    }

    @Test
    void finishedJobsAreForgottenAfterTheirMaximumAgeAndUnfinishedOnesNever() {
        table.add(Job.queued("old", "op", T0), T0);
        table.add(Job.queued("running", "op", T0), T0);
        table.update("old", job -> job.running(T0).succeeded(null, T0.plusSeconds(10)));
        table.update("running", job -> job.running(T0));

        assertEquals(2, table.newestFirst(T0.plus(Duration.ofMinutes(59))).size());
        List<Job> later = table.newestFirst(T0.plus(Duration.ofHours(2)));
        assertEquals(List.of("running"), later.stream().map(Job::id).toList());
        assertTrue(table.find("old").isEmpty());
    }

    @Test
    void progressIsKeptUntilTheJobFinishes() {
        table.add(Job.queued("j", "rebalance volume gv0", T0), T0);
        table.update("j", job -> job.running(T0.plusSeconds(1)));
        table.update("j", job -> job.progressed("half"));
        Job done = table.find("j").map(job -> job.succeeded("all", T0.plusSeconds(5))).orElseThrow();

        assertEquals("half", done.progress());
        assertEquals(Job.SUCCEEDED, done.state());
        assertEquals(T0.plusSeconds(1), done.started());
    }
}
