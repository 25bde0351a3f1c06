package org.gluster.restapi.auth.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gluster.restapi.auth.control.Logins;
import org.gluster.restapi.auth.entity.Token;

/** The Storage Virtualize /auth target: username and password in headers, a session token back. */
@ApplicationScoped
@Path("rest")
@Tag(name = "auth", description = "session tokens for users")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuthResource {

    @Inject
    Logins logins;

    @POST
    @Path("v1/auth")
    @Operation(operationId = "login",
            summary = "log in: a session token to send as X-Auth-Token, valid restapitimeout minutes; five wrong "
                    + "passwords in a row lock the user")
    @APIResponse(responseCode = "200", description = "the session token",
            content = @Content(schema = @Schema(ref = "Token")))
    public Token auth(@Parameter(description = "the user", example = "superuser")
                      @HeaderParam("X-Auth-Username") String username,
                      @Parameter(description = "the password") @HeaderParam("X-Auth-Password") String password) {
        return logins.login(username, password);
    }

    @POST
    @Path("auth")
    @Operation(operationId = "loginWithoutVersion", summary = "log in, as /rest/v1/auth")
    @APIResponse(responseCode = "200", description = "the session token",
            content = @Content(schema = @Schema(ref = "Token")))
    public Token authWithoutVersion(@Parameter(description = "the user", example = "superuser")
                                    @HeaderParam("X-Auth-Username") String username,
                                    @Parameter(description = "the password")
                                    @HeaderParam("X-Auth-Password") String password) {
        return logins.login(username, password);
    }
}
