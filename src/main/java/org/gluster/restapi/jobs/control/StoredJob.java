package org.gluster.restapi.jobs.control;

import java.util.Map;
import org.gluster.restapi.jobs.entity.Job;

/** A job as the pool state keeps it: what clients see, and for a resumable one its kind and parameters (else null). Public for JSON-B. */
public record StoredJob(Job job, String kind, Map<String, String> params) {

    public StoredJob with(Job changed) {
        return new StoredJob(changed, kind, params);
    }

    public boolean resumable() {
        return kind != null;
    }
}
