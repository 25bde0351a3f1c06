package org.gluster.restapi.jobs.control;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Work that a restarted gateway can take up again, because GlusterFS goes on with it by itself (a
 * rebalance, a brick removal): {@code kind} names the {@link JobKind} that re-creates it from
 * {@code params}, which are kept with the job in the pool state (only names already validated: a
 * volume, bricks; never argv). The same kind stops it for {@code DELETE /v1/jobs/{id}}.
 */
public record Resumable(String kind, Map<String, String> params, Work work) implements Work {

    public Resumable {
        params = Map.copyOf(params);
    }

    @Override
    public Object run(Consumer<Object> progress) {
        return work.run(progress);
    }
}
