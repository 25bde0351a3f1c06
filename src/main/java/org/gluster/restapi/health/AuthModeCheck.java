package org.gluster.restapi.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.gluster.restapi.auth.control.AuthMode;

/** /health says whether authentication is on, loudly when it is not. */
@Liveness
@ApplicationScoped
public class AuthModeCheck implements HealthCheck {

    @Inject
    AuthMode mode;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("authentication").up()
                .withData("auth", mode.enabled() ? "enabled" : "disabled");
        return (mode.enabled() ? response : response.withData("warning", AuthMode.DISABLED_WARNING)).build();
    }
}
