package org.gluster.restapi.commands.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.commands.control.CommandTargets;

/**
 * The Storage Virtualize surface: {@code POST /rest/v1/{command}[/{positional}…]} with named parameters as a JSON
 * object in the body; {@code /rest/{command}…} is the same without the version.
 */
@ApplicationScoped
@Path("rest")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class CommandTargetsResource {

    @Inject
    CommandTargets targets;

    @Context
    UriInfo uri;

    @POST
    @Operation(hidden = true)
    @Path("v1/{command}{positionals: (/[^/]*)*}")
    @RolesAllowed(Roles.MONITOR)
    public Object run(@PathParam("command") String command, byte[] body) {
        return targets.run(command, positionals(2), body);
    }

    @POST
    @Operation(hidden = true)
    @Path("{command: (?!v1$)[^/]+}{positionals: (/[^/]*)*}")
    @RolesAllowed(Roles.MONITOR)
    public Object runWithoutVersion(@PathParam("command") String command, byte[] body) {
        return targets.run(command, positionals(1), body);
    }

    private List<String> positionals(int skipAfterRest) {
        List<PathSegment> segments = uri.getPathSegments();
        return segments.subList(1 + skipAfterRest, segments.size()).stream().map(PathSegment::getPath)
                .filter(s -> !s.isEmpty()).toList();
    }
}
