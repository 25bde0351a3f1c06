/**
 * Long operations as jobs (RFC 7240 {@code Prefer: respond-async}): the request is validated and its
 * CLI words built at once, so bad input is still a 400 and nothing runs; the work then goes to a
 * managed thread and the client gets 202 with {@code Location: /v1/jobs/{id}}. A job goes through
 * the same one-CLI façade as every request, so it queues behind others and others queue behind it.
 * Where GlusterFS reports progress (rebalance, remove-brick) the job keeps polling it and shows it.
 *
 * <p><b>Kept in the pool state, one file per node.</b> Each gateway writes its jobs to
 * {@code jobs-<node>.json} in the state directory (the shared-storage volume once the state moved
 * there), replaced atomically under its cross-node lock like every state file. One file per node
 * rather than one {@code jobs.json}: every progress write rewrites the file under its lock, so with one
 * file every node's jobs would wait for every other node's writes (and a node whose storage stalls
 * would hold the others); with one per node a writer only ever waits for itself, and a reader takes no
 * lock at all. Measured (JobsTest, local disk, 2 busy cores): one progress write to a node file of
 * 200 jobs (77 KiB) takes about 28 ms (read, parse, serialise, fsync, rename); ten running jobs on each of
 * three nodes writing once a second into one shared file would hold its lock some 0.8 s of every second,
 * more on the shared-storage volume. The price is that a pool-wide read opens one file per node (a stat each while they are
 * unchanged, see state's StampedCache), and the list of nodes is the heartbeat file below. A job id is
 * {@code <node>-<uuid>} (JobIds), so {@code GET /v1/jobs/{id}} reads one file, on any node.
 *
 * <p><b>How often it is written.</b> Each state change (queued, running, resumed, the end) is written
 * at once; progress at most once per {@code glusterrest.jobs.progress-write-millis} (1000) per job
 * (WriteThrottle), and the last progress always goes with the end. A reader may therefore see progress
 * up to a second old. Bounds are pool-wide: {@code glusterrest.jobs.max} kept in the whole pool (the
 * oldest finished job of any node is forgotten to make room, in its owner's file under that file's
 * lock; 429 when all kept jobs are unfinished), finished ones left out and pruned after
 * {@code glusterrest.jobs.max-age} seconds. Two nodes adding at the same instant may exceed the bound
 * by one each: the count is read outside the other nodes' locks, on purpose.
 *
 * <p><b>Restarts.</b> At start a gateway looks at its own unfinished jobs. A rebalance or remove-brick
 * goes on inside glusterd without the gateway, so a job of that kind that had started its task (it
 * ran and showed progress) is followed again to the task's end ({@code resumed} is set) and ends with
 * the task's real figures. The work is re-created from what the file keeps: the kind and its
 * parameters (the volume, the bricks), handed to the {@link org.gluster.restapi.jobs.control.JobKind}
 * bean of the feature that declared the kind, which builds the status command through its declaration
 * again (jobs is a service and knows no feature; the kinds are CDI beans found through
 * {@code Instance}). Anything else that was queued or running (a volume start whose CLI died with the
 * gateway) is marked {@code interrupted} with its last progress: GlusterFS may or may not have done it.
 *
 * <p><b>A node whose gateway is down.</b> Its jobs stay readable from the others, since they are in the
 * pool state. Every gateway writes its time into {@code jobs.gateways.json} every
 * {@code glusterrest.jobs.heartbeat-seconds} (10); readers show a node's jobs with
 * {@code nodeUnreachable: true} once that time is older than {@code glusterrest.jobs.stale-seconds}
 * (30). Nothing is rewritten: the flag is computed when the job is read.
 *
 * <p><b>Cancel.</b> {@code DELETE /v1/jobs/{id}} runs the kind's stop (rebalance stop, remove-brick
 * stop) through the façade of the node that was asked, whichever node owns the job: gluster's stop
 * acts pool-wide. The owner's follower then sees the task stopped and ends the job {@code failed}
 * saying so (a job whose owner is down ends when that gateway comes back and resumes it). Finished
 * jobs, kinds GlusterFS cannot stop, and jobs whose task has not started yet answer 409 with the reason.
 */
package org.gluster.restapi.jobs;
