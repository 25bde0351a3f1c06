package org.gluster.restapi.volumes.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.jobs.boundary.AsyncResponses;
import org.gluster.restapi.jobs.control.Work;
import org.gluster.restapi.volumes.control.VolumeList;
import org.gluster.restapi.volumes.control.Volumes;
import org.gluster.restapi.volumes.entity.VolumeQuery;
import org.gluster.restapi.paging.Paging;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.gluster.restapi.volumes.entity.ForceRequest;
import org.gluster.restapi.volumes.entity.OptionsRequest;
import org.gluster.restapi.volumes.entity.Volume;
import org.gluster.restapi.volumes.entity.VolumeCreateRequest;
import org.gluster.restapi.volumes.entity.VolumeOption;
import org.gluster.restapi.volumes.entity.VolumeStatus;

@ApplicationScoped
@Path("v1/volumes")
@Tag(name = "volumes", description = "GlusterFS volumes of the pool")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class VolumesResource {

    @Inject
    Volumes volumes;

    @Inject
    AsyncResponses async;

    @Inject
    VolumeList list;

    @Inject
    Paging paging;

    @Operation(operationId = "listVolumes",
            summary = "every volume, as volume info describes it; with status=1 each carries its live status too; "
                    + "filters, fields and pages on request")
    @APIResponse(responseCode = "200", description = Paging.PAGED,
            content = @Content(schema = @Schema(ref = "VolumeList")),
            headers = {@Header(name = Paging.TOTAL, description = "volumes that passed the filters",
                    schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "<…>; rel=\"next\" when more follow")})
    @RolesAllowed(Roles.MONITOR)
    @GET
    public Response list(@Parameter(description = "1 or true: add each volume's live status (slower); Created, "
                                 + "Started or Stopped: only volumes in that state") @QueryParam("status") String status,
                         @Parameter(description = "only names that match, one * wildcard: gv1*")
                         @QueryParam("name") String name,
                         @Parameter(description = "only this type (Replicate, Distribute, Disperse, …), one * wildcard")
                         @QueryParam("type") String type,
                         @Parameter(description = "the members to answer, comma-separated; bricks, options and live "
                                 + "are left out unless named (name,status,type: a light list)")
                         @QueryParam("fields") String fields,
                         @Parameter(description = Paging.LIMIT_SAYS) @QueryParam("limit") String limit,
                         @Parameter(description = Paging.CURSOR_SAYS) @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        return Paging.answer(list.page(new VolumeQuery(status, name, type, fields), paging.request(limit, cursor)), uri);
    }

    @Operation(operationId = "createVolume",
            summary = "create a volume (Administrator); options are set right after, and a refused option removes "
                    + "the volume again")
    @APIResponse(responseCode = "201", description = "the volume, created; Location names it",
            content = @Content(schema = @Schema(ref = "Volume")))
    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
    public Response create(VolumeCreateRequest request, @Context UriInfo uri) {
        Volume created = volumes.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build()).entity(created).build();
    }

    @RolesAllowed(Roles.MONITOR)
    @GET
    @Path("{name}")
    @Operation(operationId = "getVolume", summary = "one volume")
    @APIResponse(responseCode = "200", description = "the volume",
            content = @Content(schema = @Schema(ref = "Volume")))
    public Volume get(@PathParam("name") String name) {
        return volumes.get(name);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @DELETE
    @Path("{name}")
    @Operation(operationId = "deleteVolume",
            summary = "delete a stopped volume (Administrator); its bricks' data stays on disk")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("name") String name) {
        volumes.delete(name);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
    @Path("{name}/start")
    @Operation(operationId = "startVolume",
            summary = "start a volume (Administrator); body optional: {\"force\": true}")
    @APIResponse(responseCode = "200", description = "the volume, started",
            content = @Content(schema = @Schema(ref = "Volume")))
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED, content = @Content(schema = @Schema(ref = "Job")))
    public Response start(@PathParam("name") String name, ForceRequest request, @Context UriInfo uri,
                          @Parameter(description = AsyncResponses.PREFER_SAYS) @HeaderParam(AsyncResponses.PREFER) String prefer) {
        return async.answer(prefer, uri, "start volume " + name, Work.of(volumes.start(name, request)));
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
    @Path("{name}/stop")
    @Operation(operationId = "stopVolume",
            summary = "stop a volume (Administrator); body optional: {\"force\": true}")
    @APIResponse(responseCode = "200", description = "the volume, stopped",
            content = @Content(schema = @Schema(ref = "Volume")))
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED, content = @Content(schema = @Schema(ref = "Job")))
    public Response stop(@PathParam("name") String name, ForceRequest request, @Context UriInfo uri,
                          @Parameter(description = AsyncResponses.PREFER_SAYS) @HeaderParam(AsyncResponses.PREFER) String prefer) {
        return async.answer(prefer, uri, "stop volume " + name, Work.of(volumes.stop(name, request)));
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
    @Path("{name}/restart")
    @Operation(operationId = "restartVolume", summary = "stop then start a volume (Administrator)")
    @APIResponse(responseCode = "200", description = "the volume, started",
            content = @Content(schema = @Schema(ref = "Volume")))
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED, content = @Content(schema = @Schema(ref = "Job")))
    public Response restart(@PathParam("name") String name, ForceRequest request, @Context UriInfo uri,
                          @Parameter(description = AsyncResponses.PREFER_SAYS) @HeaderParam(AsyncResponses.PREFER) String prefer) {
        return async.answer(prefer, uri, "restart volume " + name, Work.of(volumes.restart(name, request)));
    }

    @RolesAllowed(Roles.MONITOR)
    @GET
    @Path("{name}/status")
    @Operation(operationId = "getVolumeStatus",
            summary = "live status of a started volume: bricks with port, pid, sizes and inodes; self-heal and "
                    + "other daemons")
    @APIResponse(responseCode = "200", description = "the status",
            content = @Content(schema = @Schema(ref = "VolumeStatus")))
    public VolumeStatus status(@PathParam("name") String name) {
        return volumes.status(name);
    }

    @RolesAllowed(Roles.MONITOR)
    @GET
    @Path("{name}/options")
    @Operation(operationId = "listVolumeOptions",
            summary = "every option of a volume with its value (volume get all)")
    @APIResponse(responseCode = "200", description = "the options",
            content = @Content(schema = @Schema(ref = "VolumeOptionList")))
    public List<VolumeOption> options(@PathParam("name") String name) {
        return volumes.options(name);
    }

    @RolesAllowed(Roles.MONITOR)
    @GET
    @Path("{name}/options/{key}")
    @Operation(operationId = "getVolumeOption", summary = "one option of a volume")
    @APIResponse(responseCode = "200", description = "the option",
            content = @Content(schema = @Schema(ref = "VolumeOption")))
    public VolumeOption option(@PathParam("name") String name, @PathParam("key") String key) {
        return volumes.option(name, key);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
    @Path("{name}/options")
    @Operation(operationId = "setVolumeOptions", summary = "set options of a volume (Administrator)")
    @APIResponse(responseCode = "204", description = "set")
    public void setOptions(@PathParam("name") String name, OptionsRequest request) {
        volumes.setOptions(name, request);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @DELETE
    @Path("{name}/options/{key}")
    @Operation(operationId = "resetVolumeOption", summary = "reset one option to its default (Administrator)")
    @APIResponse(responseCode = "204", description = "reset")
    public void resetOption(@PathParam("name") String name, @PathParam("key") String key) {
        volumes.resetOption(name, key);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @DELETE
    @Path("{name}/options")
    @Operation(operationId = "resetVolumeOptions", summary = "reset every option of a volume (Administrator)")
    @APIResponse(responseCode = "204", description = "reset")
    public void resetOptions(@PathParam("name") String name) {
        volumes.resetOptions(name);
    }
}
