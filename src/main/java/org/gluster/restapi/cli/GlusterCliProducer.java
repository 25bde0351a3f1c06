package org.gluster.restapi.cli;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daemon's GlusterCli: binary and output bound from MicroProfile Config, output drained by a pool of
 * the server's managed threads (their context set once, when a thread starts: the managed executor
 * captures it for every task, and Payara's capture walks the class path's service files each time), each
 * run counted in CliStatistics and in the request's CliTime.
 */
@ApplicationScoped
public class GlusterCliProducer implements CliListener {

    @Inject
    @ConfigProperty(name = "glusterrest.gluster.command", defaultValue = "gluster")
    String command;

    @Inject
    @ConfigProperty(name = "glusterrest.gluster.max-output-bytes", defaultValue = "16777216")
    int maxOutputBytes;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private ExecutorService drains;

    @Inject
    CliStatistics statistics;

    @Inject
    Instance<CliTime> requestTime;

    @Inject
    BeanManager beans;

    @PostConstruct
    void start() {
        drains = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
    }

    @PreDestroy
    void stop() {
        drains.shutdownNow();
    }

    @Produces
    @Singleton
    GlusterCli cli() {
        return new GlusterCli(command, maxOutputBytes, drains, this);
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
