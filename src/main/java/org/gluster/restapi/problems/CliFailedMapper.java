package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.cli.CliFailure;

@Provider
@ApplicationScoped
public class CliFailedMapper extends ProblemMapper<CliFailedException> {

    @Override
    public Problem problem(CliFailedException e) {
        CliFailure kind = e.kind();
        return new Problem("about:blank", kind.title, kind.status, e.opErrstr(), null,
                e.opRet(), e.opErrno(), e.opErrstr(), null);
    }

    @Override
    protected Response.ResponseBuilder decorate(Response.ResponseBuilder response, CliFailedException e) {
        return e.kind().retryAfter == null ? response : response.header("Retry-After", e.kind().retryAfter);
    }
}
