package org.gluster.restapi.profile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.profile.control.Profile;
import org.gluster.restapi.profile.entity.BrickTop;

@Path("v1/volumes/{name}/top")
@Tag(name = "profile")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TopResource {

    @Inject
    Profile profile;

    @PathParam("name")
    String name;

    @GET
    @Path("{metric}")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getTop", summary = "the busiest files per brick by read, write, open, opendir, "
            + "readdir calls, or measured read-perf / write-perf throughput")
    @APIResponse(responseCode = "200", description = "per brick, its files",
            content = @Content(schema = @Schema(ref = "BrickTopList")))
    public List<BrickTop> top(@Parameter(description = "read, write, open, opendir, readdir, read-perf or write-perf",
                                      example = "read") @PathParam("metric") String metric,
                              @Parameter(description = "only this brick, as host:/path") @QueryParam("brick")
                              String brick,
                              @Parameter(description = "how many files per brick") @QueryParam("count")
                              Integer listCount,
                              @Parameter(description = "read-perf/write-perf: block size in bytes") @QueryParam("bs")
                              Integer blockSize,
                              @Parameter(description = "read-perf/write-perf: how many blocks")
                              @QueryParam("blocks") Integer blocks) {
        return profile.top(name, metric, brick, listCount, blockSize, blocks);
    }
}
