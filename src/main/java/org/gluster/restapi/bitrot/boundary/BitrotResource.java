package org.gluster.restapi.bitrot.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.bitrot.control.Bitrot;
import org.gluster.restapi.bitrot.entity.ScrubRequest;
import org.gluster.restapi.bitrot.entity.ScrubStatus;

@Path("v1/volumes/{name}/bitrot")
@Tag(name = "bitrot", description = "bitrot detection and the scrubber")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class BitrotResource {

    @Inject
    Bitrot bitrot;

    @PathParam("name")
    String name;

    @POST
    @Path("enable")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "enableBitrot", summary = "turn bitrot detection on (Administrator)")
    @APIResponse(responseCode = "204", description = "on")
    public void enable() {
        bitrot.detection(name, true);
    }

    @POST
    @Path("disable")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "disableBitrot", summary = "turn bitrot detection off (Administrator)")
    @APIResponse(responseCode = "204", description = "off")
    public void disable() {
        bitrot.detection(name, false);
    }

    @GET
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getScrubStatus", summary = "the scrubber: state, throttle, frequency, and per node "
            + "files scrubbed and skipped, the last scrub, errors and corrupted objects")
    @APIResponse(responseCode = "200", description = "the status", content = @Content(schema = @Schema(ref = "ScrubStatus")))
    public ScrubStatus status() {
        return bitrot.status(name);
    }

    @PUT
    @Path("scrub")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "configureScrub", summary = "set the scrubber's throttle and/or frequency (Administrator)")
    @APIResponse(responseCode = "204", description = "set")
    public void configure(ScrubRequest request) {
        bitrot.configure(name, request);
    }

    @POST
    @Path("scrub/{step}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "stepScrub", summary = "pause or resume the scrubber, or scrub now (ondemand; "
            + "Administrator)")
    @APIResponse(responseCode = "204", description = "done")
    public void scrub(@Parameter(description = "pause, resume or ondemand", example = "pause") @PathParam("step")
                      String step) {
        bitrot.scrub(name, step);
    }
}
