/**
 * The progress of the two long-running GlusterFS tasks, rebalance and remove-brick: both answer
 * {@code status} with the same per-node counters and an aggregate, and both start with a task id,
 * so one record and one parser serve both. Nodes that never ran the task are left out by the CLI.
 *
 * TaskRuns starts them and, as a job, follows them to their end (see the jobs package).
 */
package org.gluster.restapi.tasks;
