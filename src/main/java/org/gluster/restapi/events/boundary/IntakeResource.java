package org.gluster.restapi.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gluster.restapi.events.control.Intake;

/**
 * Where this node's glustereventsd posts its events (see package-info): outside /v1 and /rest, so
 * neither the callers' authentication nor their limits apply; the intake checks its own token.
 * A taken event is a 200 without a body: glustereventsd logs every other status, 204 included, as
 * "Event push failed" (gfevents/utils.py), which would fill its log with false failures.
 */
@ApplicationScoped
@Path("events/intake")
public class IntakeResource {

    @Inject
    Intake intake;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response take(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] body) {
        intake.take(authorization, body);
        return Response.ok().build();
    }
}
