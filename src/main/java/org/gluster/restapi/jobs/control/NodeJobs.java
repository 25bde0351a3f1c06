package org.gluster.restapi.jobs.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.gluster.restapi.jobs.entity.Job;

/** One node's jobs file, oldest first. Only that node's gateway adds to it; any node may forget finished jobs in it. Public for JSON-B. */
public record NodeJobs(String node, List<StoredJob> jobs) {

    public NodeJobs {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
    }

    static NodeJobs empty(String node) {
        return new NodeJobs(node, List.of());
    }

    NodeJobs plus(StoredJob job) {
        List<StoredJob> all = new ArrayList<>(jobs);
        all.add(job);
        return new NodeJobs(node, all);
    }

    NodeJobs without(Predicate<StoredJob> gone) {
        return new NodeJobs(node, jobs.stream().filter(gone.negate()).toList());
    }

    NodeJobs changed(String id, UnaryOperator<Job> change) {
        return new NodeJobs(node, jobs.stream().map(j -> j.job().id().equals(id) ? j.with(change.apply(j.job())) : j)
                .toList());
    }
}
