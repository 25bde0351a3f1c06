package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.validation.InvalidInputException;

@Provider
@ApplicationScoped
public class InvalidInputMapper extends ProblemMapper<InvalidInputException> {

    @Override
    public Problem problem(InvalidInputException e) {
        return Problem.of(400, "Invalid request", e.getMessage());
    }
}
