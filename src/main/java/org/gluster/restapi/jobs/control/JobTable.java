package org.gluster.restapi.jobs.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.gluster.restapi.jobs.entity.Job;

/**
 * The jobs kept, oldest first: finished ones go when older than {@code maxAge}, then oldest first
 * while the table is full; a job is refused (false) only when every kept job is unfinished.
 */
final class JobTable {

    private final int max;
    private final Duration maxAge;
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    JobTable(int max, Duration maxAge) {
        this.max = max;
        this.maxAge = maxAge;
    }

    synchronized boolean add(Job job, Instant now) {
        forgetOld(now);
        List<String> oldestFinishedFirst = jobs.values().stream().filter(Job::done).map(Job::id).toList();
        for (int i = 0; jobs.size() >= max && i < oldestFinishedFirst.size(); i++) {
            jobs.remove(oldestFinishedFirst.get(i));
        }
        if (jobs.size() >= max) {
            return false;
        }
        jobs.put(job.id(), job);
        return true;
    }

    synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    synchronized List<Job> newestFirst(Instant now) {
        forgetOld(now);
        List<Job> all = new ArrayList<>(jobs.values());
        Collections.reverse(all);
        return all;
    }

    synchronized void update(String id, UnaryOperator<Job> change) {
        jobs.computeIfPresent(id, (key, job) -> change.apply(job));
    }

    private void forgetOld(Instant now) {
        Instant oldest = now.minus(maxAge);
        jobs.values().removeIf(job -> job.done() && job.finished().isBefore(oldest));
    }
}
