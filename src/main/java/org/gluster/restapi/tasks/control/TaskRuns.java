package org.gluster.restapi.tasks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.cli.CliFailure;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.jobs.control.Work;
import org.gluster.restapi.cli.ThisNode;
import org.gluster.restapi.problems.ConflictException;
import org.gluster.restapi.tasks.entity.NodeProgress;
import org.gluster.restapi.tasks.entity.TaskStatus;

/**
 * Rebalance and remove-brick run inside glusterd after the CLI returned: started now, the status is
 * answered at once; as a job, the status is polled (each poll one short CLI run through the façade)
 * and shown as the job's progress until every node is done.
 */
@ApplicationScoped
public class TaskRuns {

    private static final List<String> DONE = List.of("completed", "failed", "stopped");
    static final String FORGOTTEN = "not started for volume";
    static final int MISSED_POLLS = 30;

    @Inject
    CommandFacade facade;

    @Inject
    ThisNode thisNode;

    @Inject
    @ConfigProperty(name = "glusterrest.jobs.poll-millis", defaultValue = "1000")
    long pollMillis;

    /**
     * Runs a status, or a step (stop) whose answer has the same shape; a task process that glusterd did not
     * reach (see {@link #unreached}) is 503 with Retry-After, not GlusterFS's 409.
     */
    public TaskStatus status(GlusterCommand status) {
        return now(() -> read(status));
    }

    /** The status after the start; the task's process may not answer at once, so through momentary refusals. */
    public Work startNow(GlusterCommand start, GlusterCommand status) {
        return startNow(() -> facade.execute(start), () -> read(status), this::pause);
    }

    public Work startAndFollow(String what, GlusterCommand start, GlusterCommand status) {
        Work follow = follow(what, status);
        return progress -> {
            facade.execute(start);
            return follow.run(progress);
        };
    }

    /**
     * Polls the task until every node is done: its last status is the answer; a node that failed, or a
     * task stopped (DELETE of its job, or a stop by hand), fails the work with 409. Also what a restarted
     * gateway runs to take up a job whose task GlusterFS carried on.
     */
    public Work follow(String what, GlusterCommand status) {
        return follow(what, () -> read(status), this::pause);
    }

    static TaskStatus now(Supplier<TaskStatus> read) {
        try {
            return read.get();
        } catch (CliFailedException e) {
            throw unreached(e) ? e.as(CliFailure.NOT_NOW) : e;
        }
    }

    static Work startNow(Runnable start, Supplier<TaskStatus> read, Runnable pause) {
        return progress -> {
            start.run();
            return through(read, pause);
        };
    }

    /**
     * {@link #follow(String, GlusterCommand)} over {@code poll}. An explicit stop makes glusterd forget the
     * task (its status is then refused: "Rebalance not started for volume …", "remove-brick not started for
     * volume …"), so that refusal, once the task ran, means it was stopped.
     */
    static Work follow(String what, Supplier<TaskStatus> poll, Runnable pause) {
        return progress -> {
            while (true) {
                TaskStatus now;
                try {
                    now = through(poll, pause);
                } catch (CliFailedException e) {
                    if (e.opErrstr() != null && e.opErrstr().contains(FORGOTTEN)) {
                        throw new ConflictException(what + " was stopped before it ended (GlusterFS forgets a "
                                + "stopped task: " + e.opErrstr().strip() + ")");
                    }
                    throw e;
                }
                progress.accept(now);
                if (now.nodes().stream().allMatch(TaskRuns::done)) {
                    List<String> failed = on(now, "failed");
                    if (!failed.isEmpty()) {
                        throw new ConflictException(what + " failed on " + failed
                                + "; the rebalance log of those nodes says why");
                    }
                    List<String> stopped = on(now, "stopped");
                    if (!stopped.isEmpty()) {
                        throw new ConflictException(what + " was stopped before it ended (on " + stopped + ")");
                    }
                    return now;
                }
                pause.run();
            }
        };
    }

    /** A status, asked again after each momentary refusal, {@value #MISSED_POLLS} times in a row at most. */
    static TaskStatus through(Supplier<TaskStatus> poll, Runnable pause) {
        for (int missed = 1; ; missed++) {
            try {
                return poll.get();
            } catch (CliFailedException e) {
                if (!momentary(e) || missed >= MISSED_POLLS) {
                    throw e;
                }
                pause.run();
            }
        }
    }

    /** A status refused although the task goes on: another command held glusterd's lock, or {@link #unreached}. */
    static boolean momentary(CliFailedException refusal) {
        return refusal.kind() == CliFailure.BUSY || unreached(refusal);
    }

    /**
     * glusterd did not reach a node's task process (not listening yet, or exiting): "Glusterd Syncop Mgmt brick op
     * 'Rebalance' failed", "Brick ops failed on n3".
     */
    static boolean unreached(CliFailedException refusal) {
        String text = refusal.opErrstr() == null ? "" : refusal.opErrstr().toLowerCase(Locale.ROOT);
        return text.contains("brick op") && text.contains("failed");
    }

    private static List<String> on(TaskStatus task, String state) {
        return task.nodes().stream().filter(n -> n.status() != null && n.status().contains(state))
                .map(NodeProgress::node).toList();
    }

    private static boolean done(NodeProgress node) {
        return DONE.stream().anyMatch(state -> node.status() != null && node.status().contains(state));
    }

    private TaskStatus read(GlusterCommand status) {
        return TaskXml.status(facade.execute(status).xml(), thisNode.name());
    }

    private void pause() {
        try {
            Thread.sleep(pollMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while following the task", e);
        }
    }
}
