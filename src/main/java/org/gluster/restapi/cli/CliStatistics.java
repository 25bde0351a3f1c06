package org.gluster.restapi.cli;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/** CLI runs as metrics; the highest number of CLIs ever running at once proves the façade's lock. */
@ApplicationScoped
public class CliStatistics {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();

    void started() {
        int now = running.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        runs.incrementAndGet();
    }

    void finished(long elapsedNanos) {
        running.decrementAndGet();
        nanos.addAndGet(elapsedNanos);
    }

    @Gauge(absolute = true, name = "glusterrest.cli.runs", unit = MetricUnits.NONE, description = "gluster CLI runs started")
    public long runs() {
        return runs.get();
    }

    @Gauge(absolute = true, name = "glusterrest.cli.running", unit = MetricUnits.NONE, description = "gluster CLIs running now")
    public int running() {
        return running.get();
    }

    @Gauge(absolute = true, name = "glusterrest.cli.running.max", unit = MetricUnits.NONE,
            description = "the most gluster CLIs that ever ran at once on this node")
    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    @Gauge(absolute = true, name = "glusterrest.cli.time", unit = MetricUnits.SECONDS, description = "time spent in the gluster CLI")
    public double seconds() {
        return nanos.get() / 1e9;
    }
}
