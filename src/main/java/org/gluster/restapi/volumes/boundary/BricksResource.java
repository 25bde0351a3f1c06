package org.gluster.restapi.volumes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.gluster.restapi.volumes.control.Bricks;
import org.gluster.restapi.paging.Paging;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.gluster.restapi.volumes.entity.AddBricksRequest;
import org.gluster.restapi.volumes.entity.BrickState;
import org.gluster.restapi.volumes.entity.RemoveBricksRequest;
import org.gluster.restapi.tasks.entity.TaskStatus;
import org.gluster.restapi.volumes.entity.ReplaceBrickRequest;
import org.gluster.restapi.jobs.boundary.AsyncResponses;
import org.gluster.restapi.jobs.control.Work;
import org.gluster.restapi.volumes.entity.Volume;

@Path("v1/volumes/{name}/bricks")
@Tag(name = "bricks", description = "the bricks of a volume: list, add, replace, remove")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class BricksResource {

    @Inject
    Bricks bricks;

    @Inject
    AsyncResponses async;

    @Inject
    Paging paging;

    @Context
    UriInfo uri;

    @PathParam("name")
    String name;

    @GET
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "listBricks", summary = "each brick with host, path, online, port and pid; with detail=1 "
            + "also its size and free space; filters and pages on request")
    @APIResponse(responseCode = "200", description = "the bricks in the volume's order; X-Total-Count: how many passed "
            + "the filters; Link rel=\"next\": the next page",
            content = @Content(schema = @Schema(ref = "BrickStateList")),
            headers = {@Header(name = Paging.TOTAL, description = "bricks that passed the filters",
                    schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "<…>; rel=\"next\" when more follow")})
    public Response list(@Parameter(description = "1 or true: add size and free space")
                         @QueryParam("detail") @DefaultValue("0") String detail,
                         @Parameter(description = "only bricks on this host, one * wildcard") @QueryParam("host") String host,
                         @Parameter(description = "true or false: only bricks whose process is (not) online")
                         @QueryParam("online") String online,
                         @Parameter(description = Paging.LIMIT_SAYS) @QueryParam("limit") String limit,
                         @Parameter(description = Paging.CURSOR_SAYS) @QueryParam("cursor") String cursor) {
        return Paging.answer(bricks.page(name, "1".equals(detail) || "true".equalsIgnoreCase(detail), host, online,
                paging.request(limit, cursor)), uri);
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "addBricks", summary = "add bricks (Administrator), optionally raising replica or "
            + "adding an arbiter; rebalance afterwards to use them")
    @APIResponse(responseCode = "200", description = "the volume with its new bricks",
            content = @Content(schema = @Schema(ref = "Volume")))
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED,
            content = @Content(schema = @Schema(ref = "Job")))
    public Response add(AddBricksRequest request,
                        @Parameter(description = AsyncResponses.PREFER_SAYS) @HeaderParam(AsyncResponses.PREFER)
                        String prefer) {
        return async.answer(prefer, uri, "add bricks to volume " + name, Work.of(bricks.add(name, request)));
    }

    @POST
    @Path("remove")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "startBrickRemoval", summary = "start removing bricks (Administrator): their files "
            + "migrate to the others; then status, and commit (or stop). As a job it is followed until migrated")
    @APIResponse(responseCode = "200", description = "the task right after its start",
            content = @Content(schema = @Schema(ref = "TaskStatus")))
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED,
            content = @Content(schema = @Schema(ref = "Job")))
    public Response startRemoval(RemoveBricksRequest request, @Parameter(description = AsyncResponses.PREFER_SAYS)
                                 @HeaderParam(AsyncResponses.PREFER) String prefer) {
        return async.answer(prefer, uri, "remove bricks from volume " + name,
                bricks.startRemoval(name, request, false), bricks.startRemoval(name, request, true));
    }

    @GET
    @Path("remove")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getBrickRemoval", summary = "the removal's status on each node: files moved, size, "
            + "failures, state")
    @APIResponse(responseCode = "200", description = "the status", content = @Content(schema = @Schema(ref = "TaskStatus")))
    public TaskStatus removalStatus(@Parameter(description = "each brick being removed, as host:/path",
            required = true) @QueryParam("brick") List<String> removed) {
        return bricks.removal(name, removed);
    }

    @POST
    @Path("remove/stop")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "stopBrickRemoval", summary = "stop the removal (Administrator); the bricks stay")
    @APIResponse(responseCode = "200", description = "the task", content = @Content(schema = @Schema(ref = "TaskStatus")))
    public TaskStatus stopRemoval(RemoveBricksRequest request) {
        return bricks.stopRemoval(name, request);
    }

    @POST
    @Path("remove/commit")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "commitBrickRemoval", summary = "commit the removal once migrated (Administrator)")
    @APIResponse(responseCode = "200", description = "the volume without the bricks",
            content = @Content(schema = @Schema(ref = "Volume")))
    public Volume commitRemoval(RemoveBricksRequest request) {
        return bricks.finishRemoval(name, request, "commit");
    }

    @POST
    @Path("remove/force")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "forceBrickRemoval", summary = "remove bricks at once, without migrating their files "
            + "(Administrator): files only on them are no longer reachable through the volume")
    @APIResponse(responseCode = "200", description = "the volume without the bricks",
            content = @Content(schema = @Schema(ref = "Volume")))
    public Volume forceRemoval(RemoveBricksRequest request) {
        return bricks.finishRemoval(name, request, "force");
    }

    @POST
    @Path("replace")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "replaceBrick", summary = "replace a brick by another (commit force; Administrator); "
            + "self-heal fills the new one")
    @APIResponse(responseCode = "200", description = "the volume with the new brick",
            content = @Content(schema = @Schema(ref = "Volume")))
    public Volume replace(ReplaceBrickRequest request) {
        return bricks.replace(name, request);
    }
}
