package org.gluster.restapi.jobs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;
import org.gluster.restapi.jobs.control.Jobs;
import org.gluster.restapi.jobs.control.Work;
import org.gluster.restapi.jobs.entity.Job;

/**
 * RFC 7240 for the operations that can run long: with {@code Prefer: respond-async} the work becomes
 * a job and the answer is 202 + Location + Preference-Applied; without it, the work runs now.
 */
@ApplicationScoped
public class AsyncResponses {

    public static final String PREFER = "Prefer";
    public static final String PREFER_SAYS = "respond-async: answer 202 at once and run it as a job";
    public static final String ACCEPTED = "Prefer: respond-async was sent: the job; Location: /v1/jobs/{id}";
    private static final Pattern RESPOND_ASYNC = Pattern.compile("(^|[,;\\s])respond-async\\s*($|[,;])",
            Pattern.CASE_INSENSITIVE);

    @Inject
    Jobs jobs;

    public Response answer(String prefer, UriInfo uri, String operation, Work work) {
        return answer(prefer, uri, operation, work, work);
    }

    /** {@code now} runs without the preference; {@code asJob} may go further (follow a task to its end). */
    public Response answer(String prefer, UriInfo uri, String operation, Work now, Work asJob) {
        if (prefer != null && RESPOND_ASYNC.matcher(prefer).find()) {
            Job job = jobs.submit(operation, asJob);
            return Response.accepted(job).location(uri.getBaseUriBuilder().path("v1/jobs").path(job.id()).build())
                    .header("Preference-Applied", "respond-async").build();
        }
        Object result = now.run(progress -> { });
        return result == null ? Response.noContent().build() : Response.ok(result).build();
    }
}
