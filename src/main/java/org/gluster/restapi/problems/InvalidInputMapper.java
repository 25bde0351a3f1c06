package org.gluster.restapi.problems;

import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.validation.InvalidInputException;

@Provider
public class InvalidInputMapper extends ProblemMapper<InvalidInputException> {

    @Override
    protected Problem problem(InvalidInputException e) {
        return Problem.of(400, "Invalid request", e.getMessage());
    }
}
