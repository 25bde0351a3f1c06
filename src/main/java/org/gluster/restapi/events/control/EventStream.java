package org.gluster.restapi.events.control;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gluster.restapi.events.entity.Event;

/**
 * One client's stream: it sends, in id order, every event after its cursor that its filter lets
 * through, each as an SSE event with the event's id, so a client that reconnects with
 * {@code Last-Event-ID} gets exactly what it missed. One push at a time; a send that fails or takes
 * longer than {@link #SEND_SECONDS} closes the stream.
 */
final class EventStream {

    private static final Logger LOG = Logger.getLogger(EventStream.class.getName());

    static final long SEND_SECONDS = 10;

    private final SseEventSink sink;
    private final Sse sse;
    private final EventFilter filter;
    private final EventLog log;
    private final Runnable onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private long cursor;

    EventStream(SseEventSink sink, Sse sse, EventFilter filter, EventLog log, long cursor, Runnable onClose) {
        this.sink = sink;
        this.sse = sse;
        this.filter = filter;
        this.log = log;
        this.cursor = cursor;
        this.onClose = onClose;
    }

    synchronized void push() {
        List<Event> batch;
        while (!closed.get() && !(batch = log.after(cursor, EventPump.BATCH)).isEmpty()) {
            for (Event event : batch) {
                cursor = event.id();
                if (filter.test(event) && !send(sse.newEventBuilder().id(Long.toString(event.id())).name(event.event())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(Event.class, event).build())) {
                    return;
                }
            }
        }
    }

    /**
     * A first comment, sent on the request's own thread: it commits the answer's status and headers,
     * which runs the response filters, and those need the request's context.
     */
    synchronized boolean start() {
        return send(sse.newEventBuilder().comment("events after " + cursor).build());
    }

    synchronized void heartbeat() {
        send(sse.newEventBuilder().comment("heartbeat").build());
    }

    boolean isClosed() {
        return closed.get();
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                sink.close();
            } finally {
                onClose.run();
            }
        }
    }

    private boolean send(OutboundSseEvent event) {
        if (closed.get() || sink.isClosed()) {
            close();
            return false;
        }
        try {
            sink.send(event).toCompletableFuture().get(SEND_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(Level.FINE, "an event stream closed", e);
            close();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return false;
        }
    }
}
