package org.gluster.restapi.http;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Puts {@link PathGuard} into Payara's HTTP listeners when the gateway starts, and takes it out when it stops. */
@WebListener
public class PathGuards implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PathGuards.class.getName());

    private Runnable remove = () -> {
    };

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            remove = PathGuard.install();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.log(Level.WARNING, "paths that the container refuses (a NUL, a backslash, .. above the root) are answered"
                    + " by it with an empty 400, not a problem: its listeners could not be reached ({0})", e.toString());
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        remove.run();
    }
}
