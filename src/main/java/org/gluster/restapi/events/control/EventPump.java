package org.gluster.restapi.events.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.NewEvent;

/**
 * The log's two threads: the writer appends queued events in batches (retrying, in order, while the
 * state storage fails); the dispatcher, woken by the writer or every {@link #POLL_MILLIS} ms to see
 * what other nodes appended, reads what is new and hands it to the listeners.
 */
final class EventPump {

    static final int QUEUE = 10_000;
    static final int BATCH = 500;
    static final long POLL_MILLIS = 250;
    private static final Logger LOG = Logger.getLogger(EventPump.class.getName());

    private final EventStore store;
    private final ThreadFactory threads;
    private final BlockingQueue<NewEvent> queue = new LinkedBlockingQueue<>(QUEUE);
    private final List<Consumer<List<Event>>> listeners = new CopyOnWriteArrayList<>();
    private final Semaphore wake = new Semaphore(0);
    private final List<Thread> running = new ArrayList<>();
    private volatile boolean stopped;
    private long dispatched = -1;

    EventPump(EventStore store, ThreadFactory threads) {
        this.store = store;
        this.threads = threads;
    }

    void start() {
        try {
            dispatched = store.index().last();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the event log cannot be read at start", e);
        }
        for (Runnable loop : List.<Runnable>of(this::write, this::dispatch)) {
            Thread thread = threads.newThread(loop);
            thread.setDaemon(true);
            running.add(thread);
            thread.start();
        }
    }

    void stop() {
        stopped = true;
        running.forEach(Thread::interrupt);
    }

    boolean offer(NewEvent event) {
        boolean queued = queue.offer(event);
        if (!queued) {
            LOG.warning(() -> "the event log's queue is full (" + QUEUE + "); dropped " + event.event());
        }
        return queued;
    }

    Runnable listen(Consumer<List<Event>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void write() {
        List<NewEvent> batch = new ArrayList<>();
        while (!stopped) {
            try {
                if (batch.isEmpty()) {
                    batch.add(queue.take());
                    queue.drainTo(batch, BATCH - 1);
                }
                store.append(batch);
                batch.clear();
                wake.release();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the event log cannot be written now; " + batch.size() + " events wait", e);
                if (!pause(1000)) {
                    return;
                }
            }
        }
    }

    private void dispatch() {
        while (!stopped) {
            try {
                wake.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
                wake.drainPermits();
                dispatchNew();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the event log cannot be read now", e);
                if (!pause(1000)) {
                    return;
                }
            }
        }
    }

    void dispatchNew() {
        long last = store.index().last();
        if (dispatched < 0 || last < dispatched) {
            dispatched = last;
        }
        List<Event> fresh;
        while (!(fresh = store.after(dispatched, BATCH)).isEmpty()) {
            dispatched = fresh.get(fresh.size() - 1).id();
            for (Consumer<List<Event>> listener : listeners) {
                try {
                    listener.accept(fresh);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "an event listener failed", e);
                }
            }
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return !stopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
