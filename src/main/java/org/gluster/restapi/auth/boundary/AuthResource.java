package org.gluster.restapi.auth.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gluster.restapi.auth.control.Logins;
import org.gluster.restapi.auth.entity.Token;

/** Seed 001's /auth target: username and password in headers, a session token back. */
@Path("rest")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuthResource {

    @Inject
    Logins logins;

    @POST
    @Path("v1/auth")
    public Token auth(@HeaderParam("X-Auth-Username") String username,
                      @HeaderParam("X-Auth-Password") String password) {
        return logins.login(username, password);
    }

    @POST
    @Path("auth")
    public Token authWithoutVersion(@HeaderParam("X-Auth-Username") String username,
                                    @HeaderParam("X-Auth-Password") String password) {
        return logins.login(username, password);
    }
}
