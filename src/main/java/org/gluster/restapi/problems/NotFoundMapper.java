package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class NotFoundMapper extends ProblemMapper<NotFoundException> {

    @Override
    public Problem problem(NotFoundException e) {
        return Problem.of(404, "Not Found", e.getMessage());
    }
}
