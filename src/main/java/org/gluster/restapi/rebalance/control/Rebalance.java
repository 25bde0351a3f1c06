package org.gluster.restapi.rebalance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.jobs.control.Resumable;
import org.gluster.restapi.jobs.control.Work;
import org.gluster.restapi.rebalance.entity.RebalanceRequest;
import org.gluster.restapi.tasks.control.TaskRuns;
import org.gluster.restapi.tasks.entity.TaskStatus;

/** Rebalance: started (answered with its status, or followed to its end as a job), read, stopped. */
@ApplicationScoped
public class Rebalance {

    @Inject
    TaskRuns tasks;

    /** Validated now; {@code follow} polls the task until every node is done. */
    public Work start(String volume, RebalanceRequest request, boolean follow) {
        boolean fixLayout = request != null && Boolean.TRUE.equals(request.fixLayout());
        boolean force = request != null && Boolean.TRUE.equals(request.force());
        GlusterCommand start = step(volume, fixLayout ? "fix-layout" : "start", force);
        GlusterCommand status = step(volume, "status", false);
        return follow ? new Resumable(RebalanceJobs.KIND, Map.of(RebalanceJobs.VOLUME, volume),
                tasks.startAndFollow(what(volume), start, status)) : tasks.startNow(start, status);
    }

    /** Follows a rebalance that runs already (a restarted gateway's job). */
    public Work follow(String volume) {
        return tasks.follow(what(volume), step(volume, "status", false));
    }

    static String what(String volume) {
        return "rebalance of " + volume;
    }

    public TaskStatus status(String volume) {
        return tasks.status(step(volume, "status", false));
    }

    public TaskStatus stop(String volume) {
        return tasks.status(step(volume, "stop", false));
    }

    private static GlusterCommand step(String volume, String action, boolean force) {
        return RebalanceTargets.REBALANCE.on(volume, Map.of("action", action, "force", force));
    }
}
