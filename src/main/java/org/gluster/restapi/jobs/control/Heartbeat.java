package org.gluster.restapi.jobs.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code glusterrest.jobs.heartbeat-seconds} (10) this gateway writes that it is alive into
 * {@value Jobs#GATEWAYS}; the others show its jobs {@code nodeUnreachable} once that is older than
 * {@code glusterrest.jobs.stale-seconds} (30), without rewriting them.
 */
@ApplicationScoped
public class Heartbeat {

    private static final Logger LOG = Logger.getLogger(Heartbeat.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "glusterrest.jobs.heartbeat-seconds", defaultValue = "10")
    long seconds;

    @Inject
    Jobs jobs;

    private volatile boolean stopped;
    private Thread loop;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        loop = threads.newThread(this::run);
        loop.setDaemon(true);
        loop.start();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (loop != null) {
            loop.interrupt();
        }
    }

    private void run() {
        while (!stopped) {
            try {
                Thread.sleep(seconds * 1000);
                jobs.touch();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the jobs heartbeat was not written; retried in " + seconds + " s", e);
            }
        }
    }
}
