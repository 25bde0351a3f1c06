package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class ConflictMapper extends ProblemMapper<ConflictException> {

    @Override
    public Problem problem(ConflictException e) {
        return Problem.of(409, "Conflict", e.getMessage());
    }
}
