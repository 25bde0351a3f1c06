package org.gluster.restapi.problems;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class AuthenticationFailedMapper extends ProblemMapper<AuthenticationFailedException> {

    @Override
    public Problem problem(AuthenticationFailedException e) {
        return Problem.of(e.status(), e.status() == 401 ? "Unauthorized" : "Forbidden", e.getMessage());
    }

    @Override
    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, AuthenticationFailedException e) {
        return e.status() == 401 ? response.header("WWW-Authenticate", "Bearer realm=\"glusterrestd\"") : response;
    }
}
