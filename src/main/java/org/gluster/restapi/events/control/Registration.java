package org.gluster.restapi.events.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.cli.ThisNode;
import org.gluster.restapi.events.entity.IntakeStatus;
import org.gluster.restapi.state.StateFiles;

/**
 * Keeps this node's glustereventsd posting to this gateway: every {@code glusterrest.events.check}
 * seconds (30), and as soon as the intake's URL is known, it puts the URL and the pool's token in the
 * node's webhooks.json and sends SIGUSR2 to the daemon when the list changed or the daemon is a new
 * one, then writes how events flow on this node to the pool state for {@code gluster-restapi status}.
 */
@ApplicationScoped
public class Registration {

    private static final Logger LOG = Logger.getLogger(Registration.class.getName());

    @Inject
    @ConfigProperty(name = "glusterrest.glusterd.store", defaultValue = "/var/lib/glusterd")
    String store;

    @Inject
    @ConfigProperty(name = "glusterrest.events.check", defaultValue = "30")
    long checkSeconds;

    @Inject
    IntakeUrl url;

    @Inject
    IntakeToken token;

    @Inject
    Intake intake;

    @Inject
    ThisNode node;

    @Inject
    Supplier<StateFiles> state;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private final EventsDaemon daemon = new EventsDaemon(Path.of("/proc"));
    private final Set<Long> reloaded = new HashSet<>();
    private ScheduledThreadPoolExecutor timer;
    private WebhooksFile hooks;
    private String lastProblem;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        hooks = new WebhooksFile(Path.of(store));
        timer = new ScheduledThreadPoolExecutor(1, threads);
        timer.scheduleWithFixedDelay(this::check, 0, checkSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The intake's URL was just learnt: register now rather than at the next check. */
    public void urlLearnt() {
        if (timer != null) {
            timer.execute(this::check);
        }
    }

    private synchronized void check() {
        long pid = 0;
        String problem = null;
        try {
            List<Long> daemons = daemon.find();
            pid = daemons.isEmpty() ? 0 : daemons.get(0);
            if (url.get().isEmpty()) {
                problem = "the intake's port is not known yet (set glusterrest.events.intake-url)";
            } else {
                boolean changed = hooks.ensure(url.get().get(), token.value());
                if (daemons.isEmpty()) {
                    problem = "glustereventsd does not run on this node";
                }
                for (long each : daemons) {
                    if (changed || !reloaded.contains(each)) {
                        daemon.reload(each);
                    }
                }
                reloaded.clear();
                reloaded.addAll(daemons);
            }
        } catch (IOException | RuntimeException e) {
            problem = "cannot register the intake: " + e.getMessage();
        }
        report(pid, problem);
    }

    private void report(long pid, String problem) {
        if (problem != null && !problem.equals(lastProblem)) {
            LOG.warning(() -> "events: " + problem);
        }
        lastProblem = problem;
        String found = problem;
        IntakeStatus status = new IntakeStatus(node.name(), url.get().orElse(null), pid, clock.instant(),
                intake.lastTaken(), found);
        try {
            state.get().update(IntakeStatus.FILE, IntakeStatus.Pool.class, IntakeStatus.Pool::empty, pool -> {
                var nodes = new HashMap<>(pool.nodes());
                nodes.put(node.uuid(), status);
                return new IntakeStatus.Pool(nodes);
            });
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cannot write how events flow on this node", e);
        }
    }
}
