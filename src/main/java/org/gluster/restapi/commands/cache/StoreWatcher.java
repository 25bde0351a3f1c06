package org.gluster.restapi.commands.cache;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the {@link StoreWatch} of this node's glusterd store ({@code glusterrest.glusterd.store},
 * default /var/lib/glusterd) on a managed thread. While it cannot watch, configuration reads are
 * not trusted longer than live ones.
 */
@ApplicationScoped
public class StoreWatcher {

    private static final Logger LOG = Logger.getLogger(StoreWatcher.class.getName());

    @Inject
    @ConfigProperty(name = "glusterrest.glusterd.store", defaultValue = "/var/lib/glusterd")
    String store;

    @Inject
    ReadCache cache;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private StoreWatch watch;
    private Thread thread;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Path dir = Path.of(store);
        if (!Files.isDirectory(dir)) {
            LOG.warning(() -> "glusterd's store " + dir + " is not here: reads are cached for the live max-age only");
            return;
        }
        try {
            watch = new StoreWatch(dir, cache::invalidate);
            thread = threads.newThread(watch);
            thread.setName("glusterd-store-watch");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException e) {
            LOG.warning(() -> "cannot watch glusterd's store " + dir + ": " + e.getMessage()
                    + "; reads are cached for the live max-age only");
            watch = null;
        }
    }

    public boolean watching() {
        return thread != null && thread.isAlive();
    }

    /** A lifecycle method may not throw a checked exception: Payara refuses to deploy the WAR otherwise. */
    @PreDestroy
    void stop() {
        if (watch != null) {
            try {
                watch.close();
            } catch (IOException e) {
                LOG.warning(() -> "closing the watch of glusterd's store: " + e.getMessage());
            }
        }
    }
}
