package org.gluster.restapi.georep.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.georep.control.Georep;
import org.gluster.restapi.georep.control.GeorepSettings;
import org.gluster.restapi.georep.control.GeorepSteps;
import org.gluster.restapi.georep.control.Secondary;
import org.gluster.restapi.georep.entity.GeorepConfig;
import org.gluster.restapi.georep.entity.GeorepSession;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.jobs.boundary.AsyncResponses;
import org.gluster.restapi.paging.Paging;
import org.gluster.restapi.volumes.entity.ForceRequest;

@Path("v1/volumes/{name}/georep/{secondaryHost}/{secondaryVolume}")
@Tag(name = "georep")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class GeorepSessionResource {

    static final String USER_SAYS = "the account on the secondary (a mountbroker user); root when left out";
    static final String FORCE_SAYS = "pass 'force': 1, true, 0 or false (or the body's force)";

    @Inject
    Georep georep;

    @Inject
    GeorepSteps steps;

    @Inject
    GeorepSettings settings;

    @Inject
    AsyncResponses async;

    @Context
    UriInfo uri;

    @PathParam("name")
    String name;

    @PathParam("secondaryHost")
    String host;

    @PathParam("secondaryVolume")
    String volume;

    @GET
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getGeorepSession", summary = "the session's status detail, each brick pair (live); "
            + "a brick on a node that did not answer is Offline")
    @APIResponse(responseCode = "200", description = "the session", content = @Content(schema = @Schema(ref = "GeorepSession")))
    public GeorepSession get(@Parameter(description = USER_SAYS) @QueryParam("user") String user) {
        return georep.get(name, secondary(user));
    }

    @DELETE
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "deleteGeorepSession", summary = "delete a stopped session (Administrator)")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@Parameter(description = USER_SAYS) @QueryParam("user") String user,
                       @Parameter(description = "forget how far it synced: 1, true, 0 or false") @QueryParam("resetSyncTime")
                       String resetSyncTime) {
        georep.delete(name, secondary(user), Boolean.TRUE.equals(Paging.flag("resetSyncTime", resetSyncTime)));
    }

    @POST
    @Path("start")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "startGeorepSession", summary = "start the session's workers (Administrator)")
    @APIResponse(responseCode = "200", description = "what happened, and the session after",
            content = @Content(schema = @Schema(ref = "GeorepStep")))
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED, content = @Content(schema = @Schema(ref = "Job")))
    public Response start(@Parameter(description = USER_SAYS) @QueryParam("user") String user,
                          @Parameter(description = FORCE_SAYS) @QueryParam("force") String force, ForceRequest body,
                          @Parameter(description = AsyncResponses.PREFER_SAYS) @HeaderParam(AsyncResponses.PREFER)
                          String prefer) {
        return step("start", user, force, body, prefer);
    }

    @POST
    @Path("stop")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "stopGeorepSession", summary = "stop the session's workers (Administrator); changed is "
            + "false when it was not running")
    @APIResponse(responseCode = "200", description = "what happened, and the session after",
            content = @Content(schema = @Schema(ref = "GeorepStep")))
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED, content = @Content(schema = @Schema(ref = "Job")))
    public Response stop(@Parameter(description = USER_SAYS) @QueryParam("user") String user,
                         @Parameter(description = FORCE_SAYS) @QueryParam("force") String force, ForceRequest body,
                         @Parameter(description = AsyncResponses.PREFER_SAYS) @HeaderParam(AsyncResponses.PREFER)
                         String prefer) {
        return step("stop", user, force, body, prefer);
    }

    @POST
    @Path("pause")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "pauseGeorepSession", summary = "pause the session (Administrator); 409 when it was not "
            + "running")
    @APIResponse(responseCode = "200", description = "what happened, and the session after",
            content = @Content(schema = @Schema(ref = "GeorepStep")))
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED, content = @Content(schema = @Schema(ref = "Job")))
    public Response pause(@Parameter(description = USER_SAYS) @QueryParam("user") String user,
                          @Parameter(description = FORCE_SAYS) @QueryParam("force") String force, ForceRequest body,
                          @Parameter(description = AsyncResponses.PREFER_SAYS) @HeaderParam(AsyncResponses.PREFER)
                          String prefer) {
        return step("pause", user, force, body, prefer);
    }

    @POST
    @Path("resume")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "resumeGeorepSession", summary = "resume a paused session (Administrator)")
    @APIResponse(responseCode = "200", description = "what happened, and the session after",
            content = @Content(schema = @Schema(ref = "GeorepStep")))
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED, content = @Content(schema = @Schema(ref = "Job")))
    public Response resume(@Parameter(description = USER_SAYS) @QueryParam("user") String user,
                           @Parameter(description = FORCE_SAYS) @QueryParam("force") String force, ForceRequest body,
                           @Parameter(description = AsyncResponses.PREFER_SAYS) @HeaderParam(AsyncResponses.PREFER)
                           String prefer) {
        return step("resume", user, force, body, prefer);
    }

    @GET
    @Path("config")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getGeorepConfig", summary = "the session's options, typed as GlusterFS types them")
    @APIResponse(responseCode = "200", description = "the options", content = @Content(schema = @Schema(ref = "GeorepConfig")))
    public GeorepConfig config(@Parameter(description = USER_SAYS) @QueryParam("user") String user) {
        return settings.config(name, secondary(user));
    }

    @POST
    @Path("config")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "setGeorepConfig", summary = "set options, {\"sync-jobs\": 4} (Administrator); each is "
            + "checked before the first is set")
    @APIResponse(responseCode = "204", description = "set")
    public void setConfig(@Parameter(description = USER_SAYS) @QueryParam("user") String user,
                          Map<String, Object> options) {
        settings.set(name, secondary(user), options);
    }

    @DELETE
    @Path("config/{option}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "resetGeorepConfig", summary = "reset an option to GlusterFS's default (Administrator)")
    @APIResponse(responseCode = "204", description = "reset")
    public void resetConfig(@Parameter(description = USER_SAYS) @QueryParam("user") String user,
                            @PathParam("option") String option) {
        settings.reset(name, secondary(user), option);
    }

    @POST
    @Path("checkpoint")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "setGeorepCheckpoint", summary = "set a checkpoint now, config checkpoint now "
            + "(Administrator); the session's pairs tell when it completed")
    @APIResponse(responseCode = "204", description = "set")
    public void checkpoint(@Parameter(description = USER_SAYS) @QueryParam("user") String user) {
        settings.checkpoint(name, secondary(user));
    }

    private Response step(String action, String user, String force, ForceRequest body, String prefer) {
        Secondary secondary = secondary(user);
        return async.answer(prefer, uri, action + " geo-replication " + name + " to " + secondary.cli(),
                steps.step(name, secondary, action, Boolean.TRUE.equals(Paging.flag("force", force))
                        || ForceRequest.force(body)));
    }

    private Secondary secondary(String user) {
        return Secondary.of(host, volume, user);
    }
}
