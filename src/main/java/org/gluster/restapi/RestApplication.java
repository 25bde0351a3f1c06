package org.gluster.restapi;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.gluster.restapi.identity.Roles;

@ApplicationPath("/")
@DeclareRoles({Roles.MONITOR, Roles.ADMINISTRATOR, Roles.SECURITY_ADMIN})
@OpenAPIDefinition(
        info = @Info(title = "glusterrestd", version = "see /health/live",
                description = "The REST gateway of a GlusterFS pool. /v1 is the resource surface; /rest/v1/{command} "
                        + "runs gluster commands and the gateway's own commands as targets. Log in with POST "
                        + "/rest/v1/auth and send the token as X-Auth-Token, or sign an app token (HS256, with qsh) "
                        + "and send it as Authorization: Bearer. Errors are application/problem+json."),
        components = @Components(
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = "sessionToken", type = SecuritySchemeType.APIKEY,
                                in = SecuritySchemeIn.HEADER, apiKeyName = "X-Auth-Token",
                                description = "a session token from POST /rest/v1/auth"),
                        @SecurityScheme(securitySchemeName = "appToken", type = SecuritySchemeType.HTTP,
                                scheme = "bearer", bearerFormat = "JWT",
                                description = "an app token: HS256 with iss (the app id), iat, exp and qsh, "
                                        + "signed with the app's secret (gluster-restapi app-add)")}))
public class RestApplication extends Application {
}
