package org.gluster.restapi.http;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glassfish.grizzly.Transport;

/**
 * Puts {@link PathGuard} and a {@link WorkerPool} into Payara's HTTP listeners when the gateway starts, and takes
 * them out when it stops.
 */
@WebListener
public class PathGuards implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PathGuards.class.getName());

    private Runnable remove = () -> {
    };

    private Runnable removeWorkers = () -> {
    };

    @Inject
    @ConfigProperty(name = "glusterrest.http.workers", defaultValue = "0")
    int workers;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        List<Transport> transports;
        try {
            transports = PayaraListeners.transports();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.log(Level.WARNING, "Payara's HTTP listeners could not be reached ({0}): paths that the container refuses"
                    + " (a NUL, a backslash, .. above the root) are answered by it with an empty 400, not a problem, and"
                    + " requests are served by its own thread pool", e.toString());
            return;
        }
        int atWork = workers > 0 ? workers : 3 * Runtime.getRuntime().availableProcessors();
        removeWorkers = WorkerPool.install(transports, atWork);
        try {
            remove = PathGuard.install(transports);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.log(Level.WARNING, "paths that the container refuses (a NUL, a backslash, .. above the root) are answered"
                    + " by it with an empty 400, not a problem: no guard could be put into its listeners ({0})",
                    e.toString());
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        remove.run();
        removeWorkers.run();
    }
}
