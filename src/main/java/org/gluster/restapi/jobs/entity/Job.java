package org.gluster.restapi.jobs.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gluster.restapi.problems.Problem;

/**
 * A job as clients see it. {@code id} is {@code <node>-<uuid>}: it names the node whose gateway runs
 * it ({@code node}). {@code state} is queued, running, succeeded, failed or interrupted (the gateway
 * stopped while it ran and GlusterFS does not go on by itself: the outcome is unknown, {@code progress}
 * is the last one known, {@code problem} says so); {@code result} is what the synchronous request
 * would have answered, {@code problem} what it would have failed with. {@code resumed} is when a
 * restarted gateway took up the job again (it follows its rebalance or remove-brick to the end);
 * {@code nodeUnreachable} is true when the node's gateway has not been seen in the pool state for a
 * while, so an unfinished job's state is only the last one known. Kept in the pool state.
 */
@Schema(name = "Job", description = "A long operation, kept in the pool state and readable on every node. state: "
        + "queued, running, succeeded, failed, or interrupted (its gateway stopped while it ran something GlusterFS "
        + "does not carry on by itself: the outcome is unknown, progress is the last known, problem says so). "
        + "resumed: when a restarted gateway took up its rebalance or brick removal again. nodeUnreachable: true "
        + "while the gateway of its node is not seen (its heartbeat older than glusterrest.jobs.stale-seconds)")
@JsonbPropertyOrder({"id", "node", "operation", "state", "created", "started", "resumed", "finished", "progress",
        "result", "problem", "nodeUnreachable"})
public record Job(@Schema(required = true) String id, @Schema(required = true) String node,
                  @Schema(required = true) String operation, @Schema(required = true) String state,
                  @Schema(required = true) Instant created, Instant started,
                  Instant resumed, Instant finished, Object progress, Object result, Problem problem,
                  Boolean nodeUnreachable) {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String INTERRUPTED = "interrupted";
    public static final List<String> STATES = List.of(QUEUED, RUNNING, SUCCEEDED, FAILED, INTERRUPTED);

    public static Job queued(String id, String node, String operation, Instant now) {
        return new Job(id, node, operation, QUEUED, now, null, null, null, null, null, null, null);
    }

    public Job running(Instant now) {
        return new Job(id, node, operation, RUNNING, created, now, resumed, null, progress, null, null, null);
    }

    public Job resumedAt(Instant now) {
        return new Job(id, node, operation, RUNNING, created, started, now, null, progress, null, null, null);
    }

    public Job progressed(Object now) {
        return new Job(id, node, operation, state, created, started, resumed, finished, now, result, problem,
                nodeUnreachable);
    }

    public Job succeeded(Object value, Instant now) {
        return new Job(id, node, operation, SUCCEEDED, created, started, resumed, now, progress, value, null, null);
    }

    public Job failed(Problem why, Instant now) {
        return new Job(id, node, operation, FAILED, created, started, resumed, now, progress, null, why, null);
    }

    public Job interrupted(Problem why, Instant now) {
        return new Job(id, node, operation, INTERRUPTED, created, started, resumed, now, progress, null, why, null);
    }

    /** As shown while its node's gateway is not seen: the same job, flagged. */
    public Job unreachable() {
        return new Job(id, node, operation, state, created, started, resumed, finished, progress, result, problem,
                Boolean.TRUE);
    }

    public boolean done() {
        return SUCCEEDED.equals(state) || FAILED.equals(state) || INTERRUPTED.equals(state);
    }
}
