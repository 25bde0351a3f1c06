package org.gluster.restapi.heal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.heal.control.Heal;
import org.gluster.restapi.heal.entity.BrickHealInfo;
import org.gluster.restapi.heal.entity.BrickHealSummary;
import org.gluster.restapi.jobs.boundary.AsyncResponses;
import org.gluster.restapi.jobs.control.Work;

@Path("v1/volumes/{name}/heal")
@Tag(name = "heal", description = "self-heal of replicated and dispersed volumes")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class HealResource {

    @Inject
    Heal heal;

    @Inject
    AsyncResponses async;

    @Context
    UriInfo uri;

    @PathParam("name")
    String name;

    @GET
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getHealInfo", summary = "per brick: connected or not, the entries waiting for heal")
    @APIResponse(responseCode = "200", description = "the bricks",
            content = @Content(schema = @Schema(ref = "BrickHealInfoList")))
    public List<BrickHealInfo> info() {
        return heal.info(name);
    }

    @GET
    @Path("summary")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getHealSummary", summary = "per brick: entries pending heal, in split-brain, "
            + "possibly healing")
    @APIResponse(responseCode = "200", description = "the bricks",
            content = @Content(schema = @Schema(ref = "BrickHealSummaryList")))
    public List<BrickHealSummary> summary() {
        return heal.summary(name);
    }

    @GET
    @Path("split-brain")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getSplitBrain", summary = "per brick: the entries in split-brain")
    @APIResponse(responseCode = "200", description = "the bricks",
            content = @Content(schema = @Schema(ref = "BrickHealInfoList")))
    public List<BrickHealInfo> splitBrain() {
        return heal.splitBrain(name);
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "launchHeal", summary = "launch a heal of the pending entries, or with full=true a full "
            + "crawl (Administrator)")
    @APIResponse(responseCode = "200", description = "launched", content = @Content(schema = @Schema(ref = "HealLaunch")))
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED,
            content = @Content(schema = @Schema(ref = "Job")))
    public Response launch(@Parameter(description = "true: a full heal, crawling every file")
                           @QueryParam("full") boolean full, @Parameter(description = AsyncResponses.PREFER_SAYS)
                           @HeaderParam(AsyncResponses.PREFER) String prefer) {
        return async.answer(prefer, uri, (full ? "full heal of volume " : "heal of volume ") + name,
                Work.of(heal.launch(name, full)));
    }

    @POST
    @Path("enable")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "enableHeal", summary = "turn the self-heal daemon on for this volume (Administrator)")
    @APIResponse(responseCode = "204", description = "on")
    public void enable() {
        heal.enable(name, true);
    }

    @POST
    @Path("disable")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "disableHeal", summary = "turn the self-heal daemon off for this volume (Administrator)")
    @APIResponse(responseCode = "204", description = "off")
    public void disable() {
        heal.enable(name, false);
    }
}
