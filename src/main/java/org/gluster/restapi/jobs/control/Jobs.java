package org.gluster.restapi.jobs.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.events.control.GatewayEventLog;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.jobs.entity.Job;
import org.gluster.restapi.problems.Problem;
import org.gluster.restapi.problems.NotFoundException;
import org.gluster.restapi.problems.Problems;
import org.gluster.restapi.problems.TooManyRequestsException;

/**
 * This node's jobs, run on the server's managed executor: at most {@code glusterrest.jobs.max} kept,
 * finished ones forgotten after {@code glusterrest.jobs.max-age} seconds (see JobTable); when every
 * kept job is unfinished, a new one is refused with 429.
 */
@ApplicationScoped
public class Jobs {

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    @Inject
    @ConfigProperty(name = "glusterrest.jobs.max", defaultValue = "200")
    int max;

    @Inject
    @ConfigProperty(name = "glusterrest.jobs.max-age", defaultValue = "3600")
    long maxAgeSeconds;

    @Inject
    Problems problems;

    @Inject
    Clock clock;

    @Inject
    GatewayEventLog events;

    private JobTable table;

    @PostConstruct
    void open() {
        table = new JobTable(max, Duration.ofSeconds(maxAgeSeconds));
    }

    public Job submit(String operation, Work work) {
        Instant now = clock.instant();
        Job job = Job.queued(UUID.randomUUID().toString(), operation, now);
        if (!table.add(job, now)) {
            throw new TooManyRequestsException("jobs", max + " jobs are running or queued on this node", 10);
        }
        executor.execute(() -> run(job.id(), work));
        return job;
    }

    public Job find(String id) {
        return table.find(id).orElseThrow(() -> new NotFoundException("no job " + id + " on this node (jobs are "
                + "kept " + maxAgeSeconds + " s after they finish, and not across restarts)"));
    }

    public List<Job> recent() {
        return table.newestFirst(clock.instant());
    }

    private void run(String id, Work work) {
        table.update(id, job -> job.running(clock.instant()));
        String operation = table.find(id).map(Job::operation).orElse("");
        events.tell(GatewayEvents.JOB_STARTED, Map.of("id", id, "operation", operation));
        try {
            Object result = work.run(progress -> table.update(id, job -> job.progressed(progress)));
            table.update(id, job -> job.succeeded(result, clock.instant()));
            events.tell(GatewayEvents.JOB_FINISHED, Map.of("id", id, "operation", operation));
        } catch (RuntimeException e) {
            Problem problem = problems.of(e);
            table.update(id, job -> job.failed(problem, clock.instant()));
            events.tell(GatewayEvents.JOB_FAILED, Map.of("id", id, "operation", operation,
                    "problem", problem.detail() == null ? problem.title() : problem.detail()));
        }
    }
}
