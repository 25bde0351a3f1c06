package org.gluster.restapi.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
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
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(Path.of(socket)));
            return response.up().build();
        } catch (IOException | UnsupportedOperationException e) {
            return response.down().withData("reason", "glusterd does not accept connections on " + socket + ": "
                    + e.getMessage()).build();
        }
    }
}
