package org.gluster.restapi.state;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where this node keeps its state: {@code glusterrest.state-dir} (env GLUSTERREST_STATE_DIR) on a
 * one-node pool, and the pool's shared storage ({@code glusterrest.shared-state-dir}) once the state
 * was moved there; {@code glusterrest.shared-state-dir=none} keeps it local for good.
 */
@ApplicationScoped
public class StateDirectory {

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService io;

    @Inject
    @ConfigProperty(name = "glusterrest.state-dir", defaultValue = "/var/lib/glusterrestd")
    String stateDir;

    @Inject
    @ConfigProperty(name = "glusterrest.shared-state-dir")
    Optional<String> sharedStateDir;

    @Produces
    @Singleton
    StateLocation location() {
        String shared = sharedStateDir.orElse(StateLocation.DEFAULT_SHARED.toString());
        return "none".equals(shared) ? StateLocation.fixed(Path.of(stateDir), io)
                : StateLocation.auto(Path.of(stateDir), Path.of(shared), io);
    }
}
