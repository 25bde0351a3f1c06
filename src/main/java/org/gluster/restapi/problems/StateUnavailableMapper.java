package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The state directory (on a one-node pool local, else the shared-storage volume) could not be read or written. */
@Provider
@ApplicationScoped
public class StateUnavailableMapper extends ProblemMapper<UncheckedIOException> {

    private static final Logger LOG = Logger.getLogger(StateUnavailableMapper.class.getName());

    @Override
    public Problem problem(UncheckedIOException e) {
        LOG.log(Level.WARNING, "state storage failed: {0}", e.getMessage());
        return Problem.of(503, "State storage unavailable", "the gateway's state (users, apps, settings) cannot be"
                + " read or written now; nothing was changed");
    }

    @Override
    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, UncheckedIOException e) {
        return response.header("Retry-After", "10");
    }
}
