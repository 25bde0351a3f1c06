package org.gluster.restapi.jobs.control;

import java.util.Map;

/**
 * A kind of job that GlusterFS carries on without the gateway, implemented by the feature that starts
 * it (jobs knows no feature: the kinds are found as CDI beans). Both methods get the parameters kept
 * with the job and build their commands through the feature's declarations again, so what is read
 * from the state is validated like a request.
 */
public interface JobKind {

    /** The name kept with the job ({@link Resumable#kind()}). */
    String kind();

    /** The work that follows the task from where GlusterFS is now to its end (no new start). */
    Work resume(Map<String, String> params);

    /** Stops the task through GlusterFS (any node may: the CLI acts pool-wide); its answer. */
    Object stop(Map<String, String> params);
}
