package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A bug of ours: logged in full under an incident id, answered with that id and nothing internal. */
@Provider
@ApplicationScoped
public class UnexpectedErrorMapper extends ProblemMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Problem problem(RuntimeException e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Problem.of(500, "Internal error", "the gateway failed unexpectedly; its log has incident " + incident);
    }
}
