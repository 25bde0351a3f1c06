package org.gluster.restapi.peers.boundary;

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
import org.gluster.restapi.auth.entity.Roles;
import org.gluster.restapi.peers.control.Peers;
import org.gluster.restapi.peers.entity.Peer;
import org.gluster.restapi.peers.entity.PeerProbeRequest;

@Path("v1/peers")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class PeersResource {

    @Inject
    Peers peers;

    @RolesAllowed(Roles.MONITOR)
    @GET
    public List<Peer> pool() {
        return peers.pool();
    }

    @RolesAllowed(Roles.MONITOR)
    @GET
    @Path("{host}")
    public Peer get(@PathParam("host") String host) {
        return peers.find(host);
    }

    /** 201 with Location when the pool grew; 200 when the host was already in it (or is this node). */
    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
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
    public void detach(@PathParam("host") String host, @QueryParam("force") @DefaultValue("false") boolean force) {
        peers.detach(host, force);
    }
}
