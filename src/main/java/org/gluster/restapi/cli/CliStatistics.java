package org.gluster.restapi.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * CLI runs as metrics: how many, how long by command, how long requests waited for the lock; the
 * highest number of CLIs ever running at once proves the façade's lock. The timers are declared in
 * nanoseconds, which Payara 6 scales to seconds for max, mean and sum; their quantiles, which it does
 * not scale, are turned off in microprofile-config.properties.
 */
@ApplicationScoped
public class CliStatistics {

    private static final Metadata DURATION = Metadata.builder().withName("glusterrest.cli.duration")
            .withDescription("gluster CLI runs and their duration, by command (its first two words)")
            .withUnit(MetricUnits.NANOSECONDS).build();
    private static final Metadata LOCK_WAIT = Metadata.builder().withName("glusterrest.cli.lock.wait")
            .withDescription("time requests waited for the one-CLI lock").withUnit(MetricUnits.NANOSECONDS).build();

    @Inject
    MetricRegistry registry;

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong stopped = new AtomicLong();

    void started() {
        int now = running.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        runs.incrementAndGet();
    }

    void finished(List<String> args, long elapsedNanos) {
        running.decrementAndGet();
        nanos.addAndGet(elapsedNanos);
        registry.timer(DURATION, new Tag("command", String.join(" ", args.subList(0, Math.min(2, args.size())))))
                .update(Duration.ofNanos(elapsedNanos));
    }

    /** How long a request waited for the façade's lock, whether it got it or not. */
    public void waitedForLock(long waitedNanos) {
        registry.timer(LOCK_WAIT).update(Duration.ofNanos(waitedNanos));
    }

    @Gauge(absolute = true, name = "glusterrest.cli.runs", unit = MetricUnits.NONE,
            description = "gluster CLI runs started")
    public long runs() {
        return runs.get();
    }

    /** A read's CLI was stopped before its request so that a change could run first. */
    public void stoppedForAChange() {
        stopped.incrementAndGet();
    }

    @Gauge(absolute = true, name = "glusterrest.cli.stopped", unit = MetricUnits.NONE,
            description = "reads' gluster CLIs stopped before their request so that a change ran first")
    public long stopped() {
        return stopped.get();
    }

    @Gauge(absolute = true, name = "glusterrest.cli.running", unit = MetricUnits.NONE,
            description = "gluster CLIs running now")
    public int running() {
        return running.get();
    }

    @Gauge(absolute = true, name = "glusterrest.cli.running.max", unit = MetricUnits.NONE,
            description = "the most gluster CLIs that ever ran at once on this node")
    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    @Gauge(absolute = true, name = "glusterrest.cli.time", unit = MetricUnits.SECONDS,
            description = "time spent in the gluster CLI")
    public double seconds() {
        return nanos.get() / 1e9;
    }
}
