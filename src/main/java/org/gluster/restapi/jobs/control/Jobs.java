package org.gluster.restapi.jobs.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.jobs.entity.Job;
import org.gluster.restapi.limits.Refusals;
import org.gluster.restapi.problems.Problems;

/**
 * This node's jobs: at most {@code glusterrest.jobs.max} kept, finished ones dropped oldest first
 * and after {@code glusterrest.jobs.max-age} seconds; when every kept job is still unfinished, a new
 * one is refused with 429.
 */
@ApplicationScoped
public class Jobs {

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "glusterrest.jobs.max", defaultValue = "200")
    int max;

    @Inject
    @ConfigProperty(name = "glusterrest.jobs.max-age", defaultValue = "3600")
    long maxAgeSeconds;

    @Inject
    Refusals refusals;

    Clock clock = Clock.systemUTC();

    private final Map<String, Job> jobs = new LinkedHashMap<>();

    public Job submit(String operation, Work work) {
        Job job = Job.queued(UUID.randomUUID().toString(), operation, clock.instant());
        synchronized (jobs) {
            prune();
            if (jobs.size() >= max) {
                refusals.refused("jobs");
                throw new WebApplicationException("limit jobs: " + max + " jobs are running or queued on this node",
                        Response.status(429).header("Retry-After", "10").build());
            }
            jobs.put(job.id(), job);
        }
        executor.execute(() -> run(job.id(), work));
        return job;
    }

    public Job find(String id) {
        synchronized (jobs) {
            Job job = jobs.get(id);
            if (job == null) {
                throw new NotFoundException("no job " + id + " on this node (jobs are kept " + maxAgeSeconds
                        + " s after they finish, and not across restarts)");
            }
            return job;
        }
    }

    public List<Job> recent() {
        synchronized (jobs) {
            prune();
            List<Job> newestFirst = new ArrayList<>(jobs.values());
            Collections.reverse(newestFirst);
            return newestFirst;
        }
    }

    private void run(String id, Work work) {
        update(id, job -> job.running(clock.instant()));
        try {
            Object result = work.run(progress -> update(id, job -> job.progressed(progress)));
            update(id, job -> job.succeeded(result, clock.instant()));
        } catch (RuntimeException e) {
            update(id, job -> job.failed(Problems.of(e), clock.instant()));
        }
    }

    private void update(String id, UnaryOperator<Job> change) {
        synchronized (jobs) {
            jobs.computeIfPresent(id, (key, job) -> change.apply(job));
        }
    }

    private void prune() {
        Instant oldest = clock.instant().minus(Duration.ofSeconds(maxAgeSeconds));
        jobs.values().removeIf(job -> job.done() && job.finished().isBefore(oldest));
        List<String> oldestFinishedFirst = jobs.values().stream().filter(Job::done).map(Job::id).toList();
        for (int i = 0; jobs.size() >= max && i < oldestFinishedFirst.size(); i++) {
            jobs.remove(oldestFinishedFirst.get(i));
        }
    }
}
