package org.gluster.restapi.problems;

import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.cli.CliTimeoutException;

@Provider
public class CliTimeoutMapper extends ProblemMapper<CliTimeoutException> {

    @Override
    protected Problem problem(CliTimeoutException e) {
        return Problem.of(504, "gluster CLI timed out", e.getMessage());
    }
}
