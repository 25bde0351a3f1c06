package org.gluster.restapi.problems;

import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.cli.CliOutputUnreadableException;

@Provider
public class CliOutputUnreadableMapper extends ProblemMapper<CliOutputUnreadableException> {

    @Override
    protected Problem problem(CliOutputUnreadableException e) {
        return new Problem("about:blank", "Unexpected gluster CLI output", 500, e.getMessage(), null,
                null, null, null, e.output());
    }
}
