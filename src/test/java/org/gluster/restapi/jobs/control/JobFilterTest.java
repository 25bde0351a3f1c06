package org.gluster.restapi.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.gluster.restapi.jobs.entity.Job;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class JobFilterTest {

    final Job job = Job.queued("n1-x", "n1", "rebalance volume gv0", Instant.EPOCH);

    @Test
    void eachGivenFilterMustHold() {
        assertTrue(JobFilter.of(null, null, null).test(job));
        assertTrue(JobFilter.of("n1", "queued", "rebalance").test(job));
        assertTrue(JobFilter.of(null, null, "rebalance volume gv0").test(job));
        assertFalse(JobFilter.of(null, null, "rebalance volume gv").test(job), "whole words only");
        assertFalse(JobFilter.of("n2", null, null).test(job));
        assertFalse(JobFilter.of(null, "running", null).test(job));
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        assertEquals("state", assertThrows(InvalidInputException.class, () -> JobFilter.of(null, "done", null)).field());
        assertEquals("node", assertThrows(InvalidInputException.class, () -> JobFilter.of("n/1", null, null)).field());
        assertEquals("operation", assertThrows(InvalidInputException.class,
                () -> JobFilter.of(null, null, "rebalance;rm")).field());
    }

    @Test
    void anIdNamesItsNodeAndOnlyWellFormedIdsDo() {
        String id = JobIds.next("n1.pool-a");
        assertEquals(Optional.of("n1.pool-a"), JobIds.nodeOf(id));
        assertTrue(id.matches("[A-Za-z0-9.-]+"), "URL-safe: " + id);
        assertEquals(Optional.empty(), JobIds.nodeOf("no-such-job"));
        assertEquals(Optional.empty(), JobIds.nodeOf("6f1c0c7e-0000-4000-8000-000000000000"));
        assertEquals(Optional.empty(), JobIds.nodeOf("../x-6f1c0c7e-0000-4000-8000-000000000000"));
        assertEquals("uuid-1", JobIds.node("bad name", "uuid-1"));
        assertEquals("n1", JobIds.node("n1", "uuid-1"));
    }

    @Test
    void progressIsWrittenAtMostOncePerSecondPerJob() {
        WriteThrottle throttle = new WriteThrottle(java.time.Duration.ofSeconds(1));
        Instant t = Instant.EPOCH;
        assertTrue(throttle.due("a", t));
        assertFalse(throttle.due("a", t.plusMillis(999)));
        assertTrue(throttle.due("b", t.plusMillis(999)), "per job");
        assertTrue(throttle.due("a", t.plusMillis(1000)));
    }
}
