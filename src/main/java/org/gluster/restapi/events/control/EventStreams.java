package org.gluster.restapi.events.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.problems.TooManyRequestsException;

/**
 * This node's open streams: at most {@code glusterrest.events.max-streams} (16) at once, a limit of
 * their own beside the requests in flight (a stream holds no request slot once it is open); a
 * heartbeat comment every {@code glusterrest.events.heartbeat} seconds (15) keeps proxies from closing
 * them and finds the clients that left. Pushes run on a pool of the server's managed threads, never on
 * the log's own thread, so a slow client delays only itself.
 */
@ApplicationScoped
public class EventStreams {

    @Inject
    @ConfigProperty(name = "glusterrest.events.max-streams", defaultValue = "16")
    int maxStreams;

    @Inject
    @ConfigProperty(name = "glusterrest.events.heartbeat", defaultValue = "15")
    long heartbeatSeconds;

    @Inject
    EventLog log;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private final Set<EventStream> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();
    private ThreadPoolExecutor pushers;
    private ScheduledThreadPoolExecutor heartbeats;
    private Runnable listening;

    @PostConstruct
    void start() {
        pushers = new ThreadPoolExecutor(maxStreams, maxStreams, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads);
        pushers.allowCoreThreadTimeOut(true);
        heartbeats = new ScheduledThreadPoolExecutor(1, threads);
        heartbeats.scheduleWithFixedDelay(() -> open.forEach(s -> pushers.execute(s::heartbeat)),
                heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
        listening = log.listen(batch -> open.forEach(s -> pushers.execute(s::push)));
    }

    @PreDestroy
    void stop() {
        listening.run();
        heartbeats.shutdownNow();
        open.forEach(EventStream::close);
        pushers.shutdownNow();
    }

    public void open(SseEventSink sink, Sse sse, EventFilter filter, long cursor) {
        if (count.incrementAndGet() > maxStreams) {
            count.decrementAndGet();
            throw new TooManyRequestsException("event-streams", "at most " + maxStreams
                    + " event streams are open on this node", 5);
        }
        EventStream[] self = new EventStream[1];
        self[0] = new EventStream(sink, sse, filter, log, cursor, () -> {
            open.remove(self[0]);
            count.decrementAndGet();
        });
        open.add(self[0]);
        if (self[0].start()) {
            pushers.execute(self[0]::push);
        }
    }

    public int count() {
        return count.get();
    }
}
