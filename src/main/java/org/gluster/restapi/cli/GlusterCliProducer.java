package org.gluster.restapi.cli;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daemon's GlusterCli: binary and output bound from MicroProfile Config, output drained on the
 * server's managed executor, each run counted in CliStatistics and in the request's CliTime.
 */
@ApplicationScoped
public class GlusterCliProducer implements CliListener {

    @Inject
    @ConfigProperty(name = "glusterrest.gluster.command", defaultValue = "gluster")
    String command;

    @Inject
    @ConfigProperty(name = "glusterrest.gluster.max-output-bytes", defaultValue = "16777216")
    int maxOutputBytes;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    CliStatistics statistics;

    @Inject
    Instance<CliTime> requestTime;

    @Inject
    BeanManager beans;

    @Produces
    @Singleton
    GlusterCli cli() {
        return new GlusterCli(command, maxOutputBytes, executor, this);
    }

    @Override
    public void started(List<String> args) {
        statistics.started();
    }

    @Override
    public void finished(List<String> args, long elapsedNanos) {
        statistics.finished(args, elapsedNanos);
        if (requestTime.isResolvable() && isRequestActive()) {
            requestTime.get().add(elapsedNanos);
        }
    }

    private boolean isRequestActive() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
