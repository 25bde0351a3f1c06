package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class ForbiddenMapper extends ProblemMapper<ForbiddenException> {

    @Override
    public Problem problem(ForbiddenException e) {
        return Problem.of(403, "Forbidden", e.getMessage());
    }
}
