package org.gluster.restapi.events.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.state.StateFiles;

/**
 * The pool's event log (see package-info): {@link #publish} queues an event and returns at once; one
 * thread appends what is queued, in batches, and one hands every event the log gains — from this
 * node or, through the shared state, from any other — to the listeners, in id order.
 */
@ApplicationScoped
public class EventLog {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_AGE_SECONDS = 7 * 24 * 3600;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    Supplier<StateFiles> state;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "glusterrest.events.max-entries", defaultValue = "10000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "glusterrest.events.max-age", defaultValue = "604800")
    long maxAgeSeconds;

    private EventStore store;
    private EventPump pump;

    @PostConstruct
    void open() {
        store = new EventStore(state, maxEntries, Duration.ofSeconds(maxAgeSeconds), clock);
        pump = new EventPump(store, threads);
        pump.start();
    }

    @PreDestroy
    void close() {
        pump.stop();
    }

    /** Queues {@code event} for the log; false when the queue is full and the event was dropped. */
    public boolean publish(NewEvent event) {
        return pump.offer(event);
    }

    /** At most {@code limit} events after id {@code after}, oldest first; an id older than the log starts at its oldest. */
    public List<Event> after(long after, int limit) {
        return store.after(after, limit);
    }

    /** The id of the newest event in the log, 0 when it is empty. */
    public long last() {
        return store.index().last();
    }

    /** The id of the oldest event the log still keeps. */
    public long oldest() {
        return store.index().oldest();
    }

    /**
     * Calls {@code listener} with each batch of events the log gains from now on, oldest first, on
     * the log's thread (a listener must not block); the returned action stops it.
     */
    public Runnable listen(Consumer<List<Event>> listener) {
        return pump.listen(listener);
    }
}
