package org.gluster.restapi.jobs.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.gluster.restapi.problems.Problem;

/**
 * A job as clients see it: state is queued, running, succeeded or failed; {@code result} is what the
 * synchronous request would have answered, {@code problem} what it would have failed with.
 */
@JsonbPropertyOrder({"id", "operation", "state", "created", "started", "finished", "progress", "result", "problem"})
public record Job(String id, String operation, String state, Instant created, Instant started, Instant finished,
                  Object progress, Object result, Problem problem) {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public static Job queued(String id, String operation, Instant now) {
        return new Job(id, operation, QUEUED, now, null, null, null, null, null);
    }

    public Job running(Instant now) {
        return new Job(id, operation, RUNNING, created, now, null, progress, null, null);
    }

    public Job progressed(Object now) {
        return new Job(id, operation, state, created, started, finished, now, result, problem);
    }

    public Job succeeded(Object value, Instant now) {
        return new Job(id, operation, SUCCEEDED, created, started, now, progress, value, null);
    }

    public Job failed(Problem why, Instant now) {
        return new Job(id, operation, FAILED, created, started, now, progress, null, why);
    }

    public boolean done() {
        return SUCCEEDED.equals(state) || FAILED.equals(state);
    }
}
