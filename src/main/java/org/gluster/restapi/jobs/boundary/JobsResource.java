package org.gluster.restapi.jobs.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.jobs.control.JobFilter;
import org.gluster.restapi.jobs.control.Jobs;
import org.gluster.restapi.jobs.entity.Job;
import org.gluster.restapi.paging.Paging;
import org.gluster.restapi.problems.Problem;

@ApplicationScoped
@Path("v1/jobs")
@Tag(name = "jobs", description = "long operations started with Prefer: respond-async, kept in the pool state: "
        + "any node answers for every node's jobs")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class JobsResource {

    static final String STATES = "queued, running, succeeded, failed or interrupted (the gateway stopped while it "
            + "ran something GlusterFS does not carry on by itself)";

    @Inject
    Jobs jobs;

    @Inject
    Paging paging;

    @GET
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "listJobs", summary = "the whole pool's recent jobs, newest first, from any node")
    @APIResponse(responseCode = "200", description = "the jobs, newest first; X-Total-Count: how many passed the "
            + "filters; Link rel=\"next\": the next page", content = @Content(schema = @Schema(ref = "JobList")),
            headers = {@Header(name = Paging.TOTAL, description = "jobs that passed the filters",
                    schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "<…>; rel=\"next\" when more follow")})
    @APIResponse(responseCode = "400", description = "a filter, limit or cursor is not valid; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response list(@Parameter(description = "only the jobs of this node (its name, as in the job ids)")
                          @QueryParam("node") String node,
                          @Parameter(description = "only the jobs in this state: " + STATES)
                          @QueryParam("state") String state,
                          @Parameter(description = "only this operation, or the operations that begin with these "
                                  + "words: rebalance, start volume, remove bricks from volume gv0")
                          @QueryParam("operation") String operation,
                          @Parameter(description = Paging.LIMIT_SAYS) @QueryParam("limit") String limit,
                          @Parameter(description = Paging.CURSOR_SAYS) @QueryParam("cursor") String cursor,
                          @Context UriInfo uri) {
        return Paging.answer(jobs.page(JobFilter.of(node, state, operation), paging.request(limit, cursor)), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getJob", summary = "one job of any node: its state (" + STATES + "), timestamps, "
            + "progress, and its result or problem; nodeUnreachable when its node's gateway is not seen")
    @APIResponse(responseCode = "200", description = "the job", content = @Content(schema = @Schema(ref = "Job")))
    @APIResponse(responseCode = "404", description = "no such job in the pool (or it finished longer ago than "
            + "glusterrest.jobs.max-age)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(ref = "Problem")))
    public Job get(@PathParam("id") String id) {
        return jobs.find(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "cancelJob", summary = "stop a running rebalance or brick removal job (Administrator), "
            + "from any node: gluster's stop acts pool-wide; the job then ends failed, saying it was stopped")
    @APIResponse(responseCode = "200", description = "the stop was run; the job as it is now (it ends once its node "
            + "sees the task stopped)", content = @Content(schema = @Schema(ref = "Job")))
    @APIResponse(responseCode = "404", description = "no such job in the pool",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "the job ended already, or GlusterFS cannot stop what it "
            + "does (volume start, stop, …), or its task has not started yet; the problem says which",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Job cancel(@PathParam("id") String id) {
        return jobs.cancel(id);
    }
}
