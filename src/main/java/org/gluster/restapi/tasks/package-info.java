/**
 * The progress of the two long-running GlusterFS tasks, rebalance and remove-brick: both answer
 * {@code status} with the same per-node counters and an aggregate, and both start with a task id,
 * so one record and one parser serve both. Nodes that never ran the task are left out by the CLI.
 *
 * TaskRuns starts them and, as a job, follows them to their end (see the jobs package). Trap: an
 * explicit stop makes glusterd forget the task (it clears the volume's task id and operation), so
 * the next {@code status} is refused with "Rebalance not started for volume …" (opErrno 30800)
 * rather than showing "stopped"; a job that meets that refusal ended because its task was stopped.
 *
 * Trap: a rebalance {@code status} asks each node's rebalance process through glusterd, and glusterd
 * starts that process, sleeps 5 s and only then connects to it; on a loaded node the process is not
 * listening yet, and when it ends it goes away before glusterd notices. A status asked then is refused
 * with "Glusterd Syncop Mgmt brick op 'Rebalance' failed" (this node) or "Brick ops failed on n3" (a peer),
 * opErrno 30800, while the task goes on; so does a status that meets another command's lock. A job, and
 * a start answered at once, poll again through such refusals (30 in a row at most) instead of failing a
 * task that runs; a client's own status or stop gets 503 with Retry-After.
 */
package org.gluster.restapi.tasks;
