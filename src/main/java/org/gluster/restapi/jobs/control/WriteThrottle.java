package org.gluster.restapi.jobs.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most one progress write per job per {@code every}; a job's state changes are written regardless. */
final class WriteThrottle {

    private final Duration every;
    private final Map<String, Instant> written = new ConcurrentHashMap<>();

    WriteThrottle(Duration every) {
        this.every = every;
    }

    boolean due(String id, Instant now) {
        Instant last = written.get(id);
        if (last != null && now.isBefore(last.plus(every))) {
            return false;
        }
        written.put(id, now);
        return true;
    }

    void forget(String id) {
        written.remove(id);
    }
}
