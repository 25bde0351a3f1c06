package org.gluster.restapi.georep.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.georep.control.Georep;
import org.gluster.restapi.georep.control.Secondary;
import org.gluster.restapi.georep.entity.GeorepRequest;
import org.gluster.restapi.georep.entity.GeorepSession;
import org.gluster.restapi.identity.Roles;

@Path("v1/volumes/{name}/georep")
@Tag(name = "georep", description = "geo-replication: a volume copied asynchronously to a volume of another pool")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class GeorepResource {

    @Inject
    Georep georep;

    @Context
    UriInfo uri;

    @PathParam("name")
    String name;

    @GET
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "listGeorepSessions", summary = "the volume's geo-replication sessions, each with its "
            + "brick pairs (live)")
    @APIResponse(responseCode = "200", description = "the sessions; none: []",
            content = @Content(schema = @Schema(ref = "GeorepSessionList")))
    public List<GeorepSession> list() {
        return georep.list(name);
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "createGeorepSession", summary = "create a session to a secondary volume (Administrator); "
            + "secondary-access-mount is set true unless config says otherwise (Debian's rsync 3.5.0 copies no data "
            + "without it)")
    @APIResponse(responseCode = "201", description = "the session; Location: its path",
            content = @Content(schema = @Schema(ref = "GeorepSession")))
    public Response create(GeorepRequest request) {
        GeorepSession made = georep.create(name, request);
        UriBuilder location = uri.getBaseUriBuilder().path("v1/volumes").path(name).path("georep")
                .path(made.secondaryHost()).path(made.secondaryVolume());
        if (!Secondary.ROOT.equals(made.secondaryUser())) {
            location.queryParam("user", made.secondaryUser());
        }
        return Response.created(location.build()).entity(made).build();
    }
}
