package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gluster.restapi.state.StateStalledException;

/**
 * The state storage stopped answering (on a pool, the shared-storage volume stalled on this node): 503 once no
 * write came back for the write timeout, instead of waiting for GlusterFS's ping-timeout. The write was given
 * up on, not undone, so the answer says to read before repeating it.
 */
@Provider
@ApplicationScoped
public class StateStalledMapper extends ProblemMapper<StateStalledException> {

    private static final Logger LOG = Logger.getLogger(StateStalledMapper.class.getName());

    @Override
    public Problem problem(StateStalledException e) {
        LOG.log(Level.WARNING, "state storage stalled: {0}", e.getMessage());
        return Problem.of(503, "State storage not answering", "the gateway's state storage has not answered for "
                + e.silent().toMillis() + " ms; the change was not confirmed and may still be made once the storage"
                + " answers again: read before you repeat it");
    }

    @Override
    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, StateStalledException e) {
        return response.header("Retry-After", "10");
    }
}
