package org.gluster.restapi.health;

import org.gluster.restapi.cli.GlusterdSocket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health/ready: ready only while glusterd accepts connections on its socket, the one the gluster
 * CLI uses. A connect costs microseconds and runs no CLI, so probes never queue behind the façade.
 */
@Readiness
@ApplicationScoped
public class GlusterdCheck implements HealthCheck {

    @Inject
    @ConfigProperty(name = "glusterrest.glusterd.socket", defaultValue = "/run/glusterd.socket")
    String socket;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("glusterd").withData("socket", socket);
        return GlusterdSocket.refusal(Path.of(socket)).map(why -> response.down().withData("reason", why))
                .orElseGet(response::up).build();
    }
}
