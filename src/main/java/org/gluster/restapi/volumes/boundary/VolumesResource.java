package org.gluster.restapi.volumes.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.gluster.restapi.auth.entity.Roles;
import org.gluster.restapi.volumes.control.Volumes;
import org.gluster.restapi.volumes.entity.ForceRequest;
import org.gluster.restapi.volumes.entity.OptionsRequest;
import org.gluster.restapi.volumes.entity.Volume;
import org.gluster.restapi.volumes.entity.VolumeCreateRequest;
import org.gluster.restapi.volumes.entity.VolumeOption;
import org.gluster.restapi.volumes.entity.VolumeStatus;

@Path("v1/volumes")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class VolumesResource {

    @Inject
    Volumes volumes;

    @RolesAllowed(Roles.MONITOR)
    @GET
    public List<Volume> list(@QueryParam("status") @DefaultValue("0") String status) {
        return volumes.list("1".equals(status) || "true".equalsIgnoreCase(status));
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
    public Response create(VolumeCreateRequest request, @Context UriInfo uri) {
        Volume created = volumes.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build()).entity(created).build();
    }

    @RolesAllowed(Roles.MONITOR)
    @GET
    @Path("{name}")
    public Volume get(@PathParam("name") String name) {
        return volumes.get(name);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @DELETE
    @Path("{name}")
    public void delete(@PathParam("name") String name) {
        volumes.delete(name);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
    @Path("{name}/start")
    public Volume start(@PathParam("name") String name, ForceRequest request) {
        return volumes.start(name, request);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
    @Path("{name}/stop")
    public Volume stop(@PathParam("name") String name, ForceRequest request) {
        return volumes.stop(name, request);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
    @Path("{name}/restart")
    public Volume restart(@PathParam("name") String name, ForceRequest request) {
        return volumes.restart(name, request);
    }

    @RolesAllowed(Roles.MONITOR)
    @GET
    @Path("{name}/status")
    public VolumeStatus status(@PathParam("name") String name) {
        return volumes.status(name);
    }

    @RolesAllowed(Roles.MONITOR)
    @GET
    @Path("{name}/options")
    public List<VolumeOption> options(@PathParam("name") String name) {
        return volumes.options(name);
    }

    @RolesAllowed(Roles.MONITOR)
    @GET
    @Path("{name}/options/{key}")
    public VolumeOption option(@PathParam("name") String name, @PathParam("key") String key) {
        return volumes.option(name, key);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @POST
    @Path("{name}/options")
    public void setOptions(@PathParam("name") String name, OptionsRequest request) {
        volumes.setOptions(name, request);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @DELETE
    @Path("{name}/options/{key}")
    public void resetOption(@PathParam("name") String name, @PathParam("key") String key) {
        volumes.resetOption(name, key);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @DELETE
    @Path("{name}/options")
    public void resetOptions(@PathParam("name") String name) {
        volumes.resetOptions(name);
    }
}
