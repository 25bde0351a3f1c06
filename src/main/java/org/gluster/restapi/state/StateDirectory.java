package org.gluster.restapi.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where this node keeps its state: {@code glusterrest.state-dir} (env GLUSTERREST_STATE_DIR). */
@ApplicationScoped
public class StateDirectory {

    @Inject
    @ConfigProperty(name = "glusterrest.state-dir", defaultValue = "/var/lib/glusterrestd")
    String stateDir;

    @Produces
    @Singleton
    StateFiles stateFiles() {
        return new StateFiles(Path.of(stateDir));
    }
}
