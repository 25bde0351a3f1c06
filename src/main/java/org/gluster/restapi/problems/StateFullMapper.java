package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gluster.restapi.state.StateFullException;

/** The state storage is full: 507, nothing was changed, and a retry succeeds once space returns. */
@Provider
@ApplicationScoped
public class StateFullMapper extends ProblemMapper<StateFullException> {

    private static final Logger LOG = Logger.getLogger(StateFullMapper.class.getName());

    @Override
    public Problem problem(StateFullException e) {
        LOG.log(Level.SEVERE, "state storage full: {0}", e.getMessage());
        return Problem.of(507, "Insufficient Storage", "the gateway's state storage is full; nothing was changed,"
                + " and the request can be repeated once space is freed");
    }
}
