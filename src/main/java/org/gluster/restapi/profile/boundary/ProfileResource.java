package org.gluster.restapi.profile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.profile.control.Profile;
import org.gluster.restapi.profile.entity.BrickProfile;

@Path("v1/volumes/{name}/profile")
@Tag(name = "profile", description = "per-brick I/O statistics and the busiest files")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProfileResource {

    @Inject
    Profile profile;

    @PathParam("name")
    String name;

    @POST
    @Path("start")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "startProfile", summary = "start collecting I/O statistics (Administrator)")
    @APIResponse(responseCode = "204", description = "collecting")
    public void start() {
        profile.profiling(name, true);
    }

    @POST
    @Path("stop")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "stopProfile", summary = "stop collecting I/O statistics (Administrator)")
    @APIResponse(responseCode = "204", description = "stopped")
    public void stop() {
        profile.profiling(name, false);
    }

    @GET
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getProfile", summary = "per brick, cumulative and since the last call: duration, "
            + "bytes read and written, block sizes, and each FOP's hits and latencies (µs)")
    @APIResponse(responseCode = "200", description = "the statistics",
            content = @Content(schema = @Schema(ref = "BrickProfileList")))
    public List<BrickProfile> info() {
        return profile.info(name);
    }
}
