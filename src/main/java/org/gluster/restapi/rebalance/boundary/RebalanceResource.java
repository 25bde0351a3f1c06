package org.gluster.restapi.rebalance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.jobs.boundary.AsyncResponses;
import org.gluster.restapi.rebalance.control.Rebalance;
import org.gluster.restapi.rebalance.entity.RebalanceRequest;
import org.gluster.restapi.tasks.entity.TaskStatus;

@Path("v1/volumes/{name}/rebalance")
@Tag(name = "rebalance", description = "spread a volume's files over its bricks")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class RebalanceResource {

    @Inject
    Rebalance rebalance;

    @Inject
    AsyncResponses async;

    @Context
    UriInfo uri;

    @PathParam("name")
    String name;

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "startRebalance", summary = "start a rebalance (or a fix-layout; Administrator); as a "
            + "job it is followed to its end, with its progress")
    @APIResponse(responseCode = "200", description = "the status right after the start",
            content = @Content(schema = @Schema(ref = "TaskStatus")))
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED,
            content = @Content(schema = @Schema(ref = "Job")))
    public Response start(RebalanceRequest request, @Parameter(description = AsyncResponses.PREFER_SAYS)
                          @HeaderParam(AsyncResponses.PREFER) String prefer) {
        return async.answer(prefer, uri, "rebalance volume " + name, rebalance.start(name, request, false),
                rebalance.start(name, request, true));
    }

    @GET
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getRebalance", summary = "the rebalance's status on each node: files, size, "
            + "lookups, failures, skipped, state, run time")
    @APIResponse(responseCode = "200", description = "the status", content = @Content(schema = @Schema(ref = "TaskStatus")))
    public TaskStatus status() {
        return rebalance.status(name);
    }

    @POST
    @Path("stop")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "stopRebalance", summary = "stop the rebalance (Administrator)")
    @APIResponse(responseCode = "200", description = "the status as it stopped",
            content = @Content(schema = @Schema(ref = "TaskStatus")))
    public TaskStatus stop() {
        return rebalance.stop(name);
    }
}
