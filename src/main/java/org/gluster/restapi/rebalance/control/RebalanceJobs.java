package org.gluster.restapi.rebalance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.gluster.restapi.jobs.control.JobKind;
import org.gluster.restapi.jobs.control.Work;

/** A rebalance job, taken up again after a restart (glusterd goes on rebalancing) and stopped by DELETE of the job. */
@ApplicationScoped
public class RebalanceJobs implements JobKind {

    static final String KIND = "rebalance";
    static final String VOLUME = "volume";

    @Inject
    Rebalance rebalance;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Work resume(Map<String, String> params) {
        return rebalance.follow(params.get(VOLUME));
    }

    @Override
    public Object stop(Map<String, String> params) {
        return rebalance.stop(params.get(VOLUME));
    }
}
