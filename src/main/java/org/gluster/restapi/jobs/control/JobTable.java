package org.gluster.restapi.jobs.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gluster.restapi.jobs.entity.Job;

/**
 * The rules over the pool's jobs, on values only (the files are read and written by Jobs): finished
 * jobs are left out once older than {@code maxAge}; to add one more, the oldest finished jobs of the
 * whole pool go while {@code max} are kept, and none can be added when every kept job is unfinished;
 * a node's jobs are shown {@code nodeUnreachable} when its gateway was not seen for {@code stale}.
 */
final class JobTable {

    private static final Comparator<Job> NEWEST_FIRST = Comparator.comparing(Job::created).reversed()
            .thenComparing(Job::id);

    private final int max;
    private final Duration maxAge;
    private final Duration stale;

    JobTable(int max, Duration maxAge, Duration stale) {
        this.max = max;
        this.maxAge = maxAge;
        this.stale = stale;
    }

    /** The pool's jobs as clients see them, newest first. */
    List<Job> view(Collection<NodeJobs> pool, Gateways gateways, Instant now) {
        return pool.stream().flatMap(file -> file.jobs().stream()).map(StoredJob::job)
                .flatMap(job -> shown(job, gateways, now).stream()).sorted(NEWEST_FIRST).toList();
    }

    /**
     * The key that pages of the list follow: it sorts as the list does (newest first, then by id), so a
     * cursor continues after the last job of a page.
     */
    static String key(Job job) {
        return String.format("%019d.%09d.%s", Long.MAX_VALUE - job.created().getEpochSecond(),
                999_999_999 - job.created().getNano(), job.id());
    }

    /** One job as clients see it: empty once expired, flagged when its node is not seen. */
    Optional<Job> shown(Job job, Gateways gateways, Instant now) {
        if (expired(job, now)) {
            return Optional.empty();
        }
        return Optional.of(stale(job.node(), gateways, now) ? job.unreachable() : job);
    }

    boolean stale(String node, Gateways gateways, Instant now) {
        Instant seen = gateways.seen().get(node);
        return seen == null || seen.plus(stale).isBefore(now);
    }

    boolean expired(Job job, Instant now) {
        return job.done() && job.finished() != null && job.finished().plus(maxAge).isBefore(now);
    }

    /** The ids of finished jobs to forget so that one more fits in the pool; empty when all kept jobs run. */
    Optional<Set<String>> room(Collection<NodeJobs> pool, Instant now) {
        List<Job> kept = pool.stream().flatMap(file -> file.jobs().stream()).map(StoredJob::job)
                .filter(job -> !expired(job, now)).toList();
        int over = kept.size() - max + 1;
        if (over <= 0) {
            return Optional.of(Set.of());
        }
        List<Job> finished = kept.stream().filter(Job::done)
                .sorted(Comparator.comparing(Job::finished, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        if (finished.size() < over) {
            return Optional.empty();
        }
        Set<String> forget = new HashSet<>();
        finished.stream().limit(over).forEach(job -> forget.add(job.id()));
        return Optional.of(forget);
    }

    /** A jobs file without the expired jobs and those in {@code forget}. */
    NodeJobs pruned(NodeJobs file, Set<String> forget, Instant now) {
        return file.without(stored -> expired(stored.job(), now) || forget.contains(stored.job().id()));
    }

    /**
     * Whether a restart takes up the job again: GlusterFS carries its kind on by itself, and the job had
     * started its task (it ran and showed progress); a job that was queued, or whose start may not
     * have reached glusterd, is interrupted instead.
     */
    static boolean resumable(StoredJob stored, Set<String> kinds) {
        Job job = stored.job();
        return stored.resumable() && kinds.contains(stored.kind()) && Job.RUNNING.equals(job.state())
                && job.progress() != null;
    }
}
