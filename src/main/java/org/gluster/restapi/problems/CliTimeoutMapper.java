package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.cli.CliTimeoutException;

@Provider
@ApplicationScoped
public class CliTimeoutMapper extends ProblemMapper<CliTimeoutException> {

    @Override
    public Problem problem(CliTimeoutException e) {
        return Problem.of(504, "gluster CLI timed out", e.getMessage());
    }
}
