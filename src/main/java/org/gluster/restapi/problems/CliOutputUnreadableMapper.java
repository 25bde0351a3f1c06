package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.cli.CliOutputUnreadableException;

@Provider
@ApplicationScoped
public class CliOutputUnreadableMapper extends ProblemMapper<CliOutputUnreadableException> {

    @Override
    public Problem problem(CliOutputUnreadableException e) {
        return new Problem("about:blank", "Unexpected gluster CLI output", 500, e.getMessage(), null,
                null, null, null, e.output());
    }
}
