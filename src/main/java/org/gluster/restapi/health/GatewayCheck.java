package org.gluster.restapi.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.gluster.restapi.settings.AuthMode;

/** /health/live: the gateway's version and whether authentication is on, loudly when it is not. */
@Liveness
@ApplicationScoped
public class GatewayCheck implements HealthCheck {

    @Inject
    AuthMode mode;

    @Inject
    @ConfigProperty(name = "glusterrest.version", defaultValue = "development")
    String version;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("glusterrestd").up().withData("version", version)
                .withData("auth", mode.enabled() ? "enabled" : "disabled");
        return (mode.enabled() ? response : response.withData("warning", AuthMode.DISABLED_WARNING)).build();
    }
}
