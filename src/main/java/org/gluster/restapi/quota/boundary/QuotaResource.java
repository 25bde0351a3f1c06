package org.gluster.restapi.quota.boundary;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.jobs.boundary.AsyncResponses;
import org.gluster.restapi.jobs.control.Work;
import org.gluster.restapi.quota.control.Quota;
import org.gluster.restapi.quota.entity.QuotaLimit;
import org.gluster.restapi.quota.entity.QuotaLimitRequest;

@Path("v1/volumes/{name}/quota")
@Tag(name = "quota", description = "directory quotas of a volume")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class QuotaResource {

    @Inject
    Quota quota;

    @Inject
    AsyncResponses async;

    @Context
    UriInfo uri;

    @PathParam("name")
    String name;

    @GET
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "listQuotaLimits", summary = "every limit with its hard and soft limit, used and "
            + "available bytes, and whether a limit is exceeded")
    @APIResponse(responseCode = "200", description = "the limits",
            content = @Content(schema = @Schema(ref = "QuotaLimitList")))
    public List<QuotaLimit> limits() {
        return quota.limits(name);
    }

    @POST
    @Path("enable")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "enableQuota", summary = "turn quota on (Administrator); it crawls the volume")
    @APIResponse(responseCode = "204", description = "on")
    @APIResponse(responseCode = "202", description = AsyncResponses.ACCEPTED,
            content = @Content(schema = @Schema(ref = "Job")))
    public Response enable(@Parameter(description = AsyncResponses.PREFER_SAYS) @HeaderParam(AsyncResponses.PREFER)
                           String prefer) {
        return async.answer(prefer, uri, "enable quota on volume " + name, Work.of(quota.enable(name, true)));
    }

    @POST
    @Path("disable")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "disableQuota", summary = "turn quota off (Administrator); every limit is forgotten")
    @APIResponse(responseCode = "204", description = "off")
    public void disable() {
        quota.enable(name, false).run();
    }

    @POST
    @Path("limits")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "setQuotaLimit", summary = "limit the usage of a directory (Administrator)")
    @APIResponse(responseCode = "200", description = "every limit, this one included",
            content = @Content(schema = @Schema(ref = "QuotaLimitList")))
    public List<QuotaLimit> limit(QuotaLimitRequest request) {
        return quota.limit(name, request);
    }

    @DELETE
    @Path("limits")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "removeQuotaLimit", summary = "remove the limit of a directory (Administrator)")
    @APIResponse(responseCode = "204", description = "removed")
    public void remove(@Parameter(description = "the directory, from the volume's root", example = "/projects",
            required = true) @QueryParam("path") String path) {
        quota.remove(name, path);
    }
}
