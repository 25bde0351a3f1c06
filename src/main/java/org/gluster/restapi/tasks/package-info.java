/**
 * The progress of the two long-running GlusterFS tasks, rebalance and remove-brick: both answer
 * {@code status} with the same per-node counters and an aggregate, and both start with a task id,
 * so one record and one parser serve both. Nodes that never ran the task are left out by the CLI.
 *
 * TaskRuns starts them and, as a job, follows them to their end (see the jobs package). Trap: an
 * explicit stop makes glusterd forget the task (it clears the volume's task id and operation), so
 * the next {@code status} is refused with "Rebalance not started for volume …" (opErrno 30800)
 * rather than showing "stopped"; a job that meets that refusal ended because its task was stopped.
 */
package org.gluster.restapi.tasks;
