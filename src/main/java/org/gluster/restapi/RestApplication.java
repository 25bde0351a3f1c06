package org.gluster.restapi;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.gluster.restapi.auth.entity.Roles;

@ApplicationPath("/")
@DeclareRoles({Roles.MONITOR, Roles.ADMINISTRATOR, Roles.SECURITY_ADMIN})
public class RestApplication extends Application {
}
