package org.gluster.restapi.snapshots.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.gluster.restapi.paging.Page;
import org.gluster.restapi.paging.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.snapshots.control.Snapshots;
import org.gluster.restapi.snapshots.entity.CloneRequest;
import org.gluster.restapi.snapshots.entity.Snapshot;
import org.gluster.restapi.snapshots.entity.SnapshotConfig;
import org.gluster.restapi.snapshots.entity.SnapshotRef;
import org.gluster.restapi.snapshots.entity.SnapshotRequest;
import org.gluster.restapi.snapshots.entity.SnapshotStatus;

@ApplicationScoped
@Path("v1/snapshots")
@Tag(name = "snapshots", description = "volume snapshots (bricks on LVM thin volumes only; elsewhere 409 with the "
        + "CLI's own reason)")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class SnapshotsResource {

    @Inject
    Snapshots snapshots;

    @Inject
    Paging paging;

    @GET
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "listSnapshots", summary = "every snapshot (of one volume) with its volumes")
    @APIResponse(responseCode = "200", description = "the snapshots; paged by name on request (X-Total-Count, "
            + "Link rel=\"next\")", content = @Content(schema = @Schema(ref = "SnapshotList")),
            headers = {@Header(name = Paging.TOTAL, description = "snapshots that passed the filter",
                    schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "<…>; rel=\"next\" when more follow")})
    public Response list(@Parameter(description = "only the snapshots of this volume") @QueryParam("volume")
                         String volume,
                         @Parameter(description = Paging.LIMIT_SAYS) @QueryParam("limit") String limit,
                         @Parameter(description = Paging.CURSOR_SAYS) @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        return Paging.answer(Page.of(snapshots.list(volume), Snapshot::name, paging.request(limit, cursor)), uri);
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "createSnapshot", summary = "snapshot a volume (Administrator)")
    @APIResponse(responseCode = "201", description = "the snapshot", content = @Content(schema = @Schema(ref = "Snapshot")))
    public Response create(SnapshotRequest request) {
        Snapshot made = snapshots.create(request);
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @GET
    @Path("config")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getSnapshotConfig", summary = "the snapshot limits and settings (with those of a volume)")
    @APIResponse(responseCode = "200", description = "the settings",
            content = @Content(schema = @Schema(ref = "SnapshotConfig")))
    public SnapshotConfig config(@Parameter(description = "add this volume's limits") @QueryParam("volume")
                                 String volume) {
        return snapshots.config(volume);
    }

    @GET
    @Path("{snapshot}")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getSnapshot", summary = "one snapshot")
    @APIResponse(responseCode = "200", description = "the snapshot", content = @Content(schema = @Schema(ref = "Snapshot")))
    public Snapshot get(@PathParam("snapshot") String snapshot) {
        return snapshots.get(snapshot);
    }

    @GET
    @Path("{snapshot}/status")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getSnapshotStatus", summary = "the snapshot's brick processes and LV usage")
    @APIResponse(responseCode = "200", description = "the status",
            content = @Content(schema = @Schema(ref = "SnapshotStatus")))
    public SnapshotStatus status(@PathParam("snapshot") String snapshot) {
        return snapshots.status(snapshot);
    }

    @POST
    @Path("{snapshot}/activate")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "activateSnapshot", summary = "activate a snapshot: its bricks run (Administrator)")
    @APIResponse(responseCode = "200", description = "the snapshot", content = @Content(schema = @Schema(ref = "Snapshot")))
    public Snapshot activate(@PathParam("snapshot") String snapshot) {
        return snapshots.step(snapshot, "activate");
    }

    @POST
    @Path("{snapshot}/deactivate")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "deactivateSnapshot", summary = "deactivate a snapshot (Administrator)")
    @APIResponse(responseCode = "200", description = "the snapshot", content = @Content(schema = @Schema(ref = "Snapshot")))
    public Snapshot deactivate(@PathParam("snapshot") String snapshot) {
        return snapshots.step(snapshot, "deactivate");
    }

    @POST
    @Path("{snapshot}/restore")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "restoreSnapshot", summary = "restore its stopped volume to the snapshot (Administrator); "
            + "the snapshot is used up")
    @APIResponse(responseCode = "204", description = "restored")
    public void restore(@PathParam("snapshot") String snapshot) {
        snapshots.step(snapshot, "restore");
    }

    @POST
    @Path("{snapshot}/clone")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "cloneSnapshot", summary = "a new volume from an activated snapshot (Administrator)")
    @APIResponse(responseCode = "201", description = "the new volume's name and id",
            content = @Content(schema = @Schema(ref = "SnapshotRef")))
    public Response cloneOf(@PathParam("snapshot") String snapshot, CloneRequest request) {
        SnapshotRef clone = snapshots.cloneOf(snapshot, request);
        return Response.status(Response.Status.CREATED).entity(clone).build();
    }

    @DELETE
    @Path("{snapshot}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "deleteSnapshot", summary = "delete a snapshot (Administrator)")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("snapshot") String snapshot) {
        snapshots.delete(snapshot);
    }
}
