package org.gluster.restapi.peers.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.peers.control.Peers;
import org.gluster.restapi.paging.Page;
import org.gluster.restapi.paging.Paging;
import org.gluster.restapi.peers.entity.Peer;
import org.gluster.restapi.peers.entity.PeerProbeRequest;

@ApplicationScoped
@Path("v1/peers")
@Tag(name = "peers", description = "the nodes of the trusted storage pool")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class PeersResource {

    @Inject
    Peers peers;

    @Inject
    Paging paging;

    @RolesAllowed(Roles.MONITOR)
    @GET
    @Operation(operationId = "listPeers",
            summary = "the whole pool, this node included (self: true) under its own name")
    @APIResponse(responseCode = "200", description = "the peers; paged by hostname on request (X-Total-Count, "
            + "Link rel=\"next\")", content = @Content(schema = @Schema(ref = "PeerList")))
    public Response pool(@Parameter(description = Paging.LIMIT_SAYS) @QueryParam("limit") String limit,
                         @Parameter(description = Paging.CURSOR_SAYS) @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        return Paging.answer(Page.of(peers.pool(), Peer::hostname, paging.request(limit, cursor)), uri);
    }

    @RolesAllowed(Roles.MONITOR)
    @GET
    @Path("{host}")
    @Operation(operationId = "getPeer", summary = "one peer")
    @APIResponse(responseCode = "200", description = "the peer", content = @Content(schema = @Schema(ref = "Peer")))
    public Peer get(@PathParam("host") String host) {
        return peers.find(host);
    }

    /** 201 with Location when the pool grew; 200 when the host was already in it (or is this node). */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
    @Operation(operationId = "probePeer", summary = "add a host to the pool (Administrator)")
    @APIResponse(responseCode = "201", description = "the pool grew; Location names the peer",
            content = @Content(schema = @Schema(ref = "Peer")))
    @APIResponse(responseCode = "200", description = "the host was already in the pool, or is this node",
            content = @Content(schema = @Schema(ref = "Peer")))
    public Response probe(PeerProbeRequest request, @Context UriInfo uri) {
        Peers.Probe probe = peers.probe(request == null ? null : request.host());
        if (!probe.added()) {
            return Response.ok(probe.peer()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(probe.peer().hostname()).build())
                .entity(probe.peer()).build();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @DELETE
    @Path("{host}")
    @Operation(operationId = "detachPeer", summary = "remove a host from the pool (Administrator)")
    @APIResponse(responseCode = "204", description = "detached")
    public void detach(@PathParam("host") String host, @Parameter(description = "detach even when the peer is down")
                       @QueryParam("force") @DefaultValue("false") boolean force) {
        peers.detach(host, force);
    }
}
