package org.gluster.restapi.jobs.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.jobs.control.Jobs;
import org.gluster.restapi.jobs.entity.Job;

@ApplicationScoped
@Path("v1/jobs")
@Tag(name = "jobs", description = "long operations started with Prefer: respond-async, on this node")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class JobsResource {

    @Inject
    Jobs jobs;

    @GET
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "listJobs", summary = "this node's recent jobs, newest first")
    @APIResponse(responseCode = "200", description = "the jobs", content = @Content(schema = @Schema(ref = "JobList")))
    public List<Job> recent() {
        return jobs.recent();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "getJob", summary = "one job: its state, timestamps, progress, and its result or problem")
    @APIResponse(responseCode = "200", description = "the job", content = @Content(schema = @Schema(ref = "Job")))
    public Job get(@PathParam("id") String id) {
        return jobs.find(id);
    }
}
