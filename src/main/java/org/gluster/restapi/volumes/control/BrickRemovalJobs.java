package org.gluster.restapi.volumes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.jobs.control.JobKind;
import org.gluster.restapi.jobs.control.Work;
import org.gluster.restapi.volumes.entity.RemoveBricksRequest;

/**
 * A brick removal job, taken up again after a restart (glusterd goes on migrating) and stopped by
 * DELETE of the job. Kept as the volume, the bricks (one per line) and the replica count if given;
 * the declaration checks them again when they are read back.
 */
@ApplicationScoped
public class BrickRemovalJobs implements JobKind {

    static final String KIND = "remove-brick";
    private static final String VOLUME = "volume";
    private static final String BRICKS = "bricks";
    private static final String REPLICA = "replica";

    @Inject
    Bricks bricks;

    static Map<String, String> params(String volume, RemoveBricksRequest request) {
        Map<String, String> params = new HashMap<>();
        params.put(VOLUME, volume);
        params.put(BRICKS, String.join("\n", request.bricks() == null ? List.of() : request.bricks()));
        if (request.replica() != null) {
            params.put(REPLICA, request.replica().toString());
        }
        return params;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Work resume(Map<String, String> params) {
        return bricks.followRemoval(params.get(VOLUME), request(params));
    }

    @Override
    public Object stop(Map<String, String> params) {
        return bricks.stopRemoval(params.get(VOLUME), request(params));
    }

    private static RemoveBricksRequest request(Map<String, String> params) {
        String replica = params.get(REPLICA);
        return new RemoveBricksRequest(Arrays.asList(params.getOrDefault(BRICKS, "").split("\n")),
                replica == null ? null : Integer.valueOf(replica));
    }
}
