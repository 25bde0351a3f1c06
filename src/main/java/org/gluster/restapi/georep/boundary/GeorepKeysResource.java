package org.gluster.restapi.georep.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.georep.control.GeorepKeyStep;
import org.gluster.restapi.georep.entity.GeorepKeys;
import org.gluster.restapi.identity.Roles;

@ApplicationScoped
@Path("v1/georep/keys")
@Tag(name = "georep")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class GeorepKeysResource {

    @Inject
    GeorepKeyStep keys;

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "createGeorepKeys", summary = "make the pool's geo-replication keys, gluster system:: "
            + "execute gsec_create (Administrator; audited); the answer holds no key")
    @APIResponse(responseCode = "200", description = "what was done",
            content = @Content(schema = @Schema(ref = "GeorepKeys")))
    public GeorepKeys create() {
        return keys.run();
    }
}
