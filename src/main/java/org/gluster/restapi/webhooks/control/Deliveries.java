package org.gluster.restapi.webhooks.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.cli.ThisNode;
import org.gluster.restapi.events.control.EventLog;

/**
 * The pool's one deliverer (see package-info): one thread asks for the lease every
 * {@link #RENEW} and, while this node holds it, starts the drains that are due — woken by every
 * batch of events the log gains, by a drain's end and by a change of a webhook, else at the next
 * retry's time. Drains and the HTTP client run on threads of the managed thread factory.
 */
@ApplicationScoped
public class Deliveries {

    static final Duration LEASE_TERM = Duration.ofSeconds(30);
    static final Duration RENEW = Duration.ofSeconds(10);
    static final int WORKERS = 16;
    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    EventLog log;

    @Inject
    WebhookStore store;

    @Inject
    Clock clock;

    @Inject
    ThisNode thisNode;

    @Inject
    @ConfigProperty(name = UrlPolicy.ALLOW_HTTP, defaultValue = "false")
    boolean allowHttpLoopback;

    @Inject
    @ConfigProperty(name = "glusterrest.webhooks.retry-initial", defaultValue = "5")
    double retryInitialSeconds;

    @Inject
    @ConfigProperty(name = "glusterrest.webhooks.retry-max", defaultValue = "3600")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "glusterrest.webhooks.retry-for", defaultValue = "86400")
    long retryForSeconds;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean stopped;
    private volatile Instant heldUntil = Instant.EPOCH;
    private String node;
    private Thread loop;
    private Runnable unlisten;
    private ThreadPoolExecutor workers;
    private ThreadPoolExecutor http;
    private Dispatcher dispatcher;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        node = thisNode.uuid();
        workers = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        workers.allowCoreThreadTimeOut(true);
        http = new ThreadPoolExecutor(1, WORKERS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads,
                new ThreadPoolExecutor.CallerRunsPolicy());
        RetryPolicy retry = new RetryPolicy(new Backoff(Duration.ofMillis(Math.round(retryInitialSeconds * 1000)),
                Duration.ofSeconds(retryMaxSeconds)), Duration.ofSeconds(retryForSeconds));
        dispatcher = new Dispatcher(store, log::after, new HttpSender(http), policy(), retry, clock,
                new SecureRandom(), log::publish, node, workers, () -> clock.instant().isBefore(heldUntil), this::wake);
        unlisten = log.listen(batch -> wake());
        loop = threads.newThread(this::run);
        loop.setDaemon(true);
        loop.start();
    }

    UrlPolicy policy() {
        return new UrlPolicy(allowHttpLoopback, InetAddress::getAllByName);
    }

    /** Looks for due deliveries now (a webhook was created, changed or tested). */
    public void wake() {
        wake.release();
    }

    @PreDestroy
    void stop() {
        if (loop == null) {
            return;
        }
        stopped = true;
        unlisten.run();
        loop.interrupt();
        workers.shutdownNow();
        http.shutdownNow();
        try {
            if (clock.instant().isBefore(heldUntil)) {
                store.releaseLease(node, clock.instant());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the webhook lease was not released; it expires by itself", e);
        }
    }

    private void run() {
        Instant renewAt = Instant.EPOCH;
        while (!stopped) {
            try {
                Instant now = clock.instant();
                if (!now.isBefore(renewAt)) {
                    Lease lease = store.askLease(node, now, LEASE_TERM);
                    heldUntil = lease.heldBy(node, now) ? lease.expires() : Instant.EPOCH;
                    renewAt = now.plus(RENEW);
                }
                Optional<Instant> next = clock.instant().isBefore(heldUntil) ? dispatcher.runDue() : Optional.empty();
                Instant until = next.isPresent() && next.get().isBefore(renewAt) ? next.get() : renewAt;
                long millis = Math.max(1, Duration.between(clock.instant(), until).toMillis());
                wake.tryAcquire(millis, TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "webhook delivery pauses: the state cannot be read or written now", e);
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(1000);
            return !stopped;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
