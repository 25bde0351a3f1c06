package org.gluster.restapi.state;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where this node keeps its state: {@code glusterrest.state-dir} (env GLUSTERREST_STATE_DIR) on a
 * one-node pool, and the pool's shared storage ({@code glusterrest.shared-state-dir}) once the state
 * was moved there; {@code glusterrest.shared-state-dir=none} keeps it local for good. Its reads run
 * on a small pool of the server's managed threads (see package-info).
 */
@ApplicationScoped
public class StateDirectory {

    static final int READ_THREADS = 32;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "glusterrest.state-dir", defaultValue = "/var/lib/glusterrestd")
    String stateDir;

    @Inject
    @ConfigProperty(name = "glusterrest.shared-state-dir")
    Optional<String> sharedStateDir;

    /** How long a state file read is trusted without a look at the file; writes of this JVM are seen at once. */
    @Inject
    @ConfigProperty(name = "glusterrest.state.recheck-ms", defaultValue = "250")
    long recheckMillis;

    private ThreadPoolExecutor io;

    @PostConstruct
    void start() {
        io = new ThreadPoolExecutor(2, READ_THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads,
                (read, pool) -> {
                    throw new UncheckedIOException("the state storage does not answer",
                            new IOException(READ_THREADS + " reads of the state wait for the storage"));
                });
    }

    @PreDestroy
    void stop() {
        io.shutdownNow();
    }

    @Produces
    @Singleton
    StateLocation location() {
        String shared = sharedStateDir.orElse(StateLocation.DEFAULT_SHARED.toString());
        Duration recheck = Duration.ofMillis(Math.max(0, recheckMillis));
        return "none".equals(shared) ? StateLocation.fixed(Path.of(stateDir), io, recheck)
                : StateLocation.auto(Path.of(stateDir), Path.of(shared), io, recheck);
    }
}
