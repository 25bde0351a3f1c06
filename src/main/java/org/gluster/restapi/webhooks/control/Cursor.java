package org.gluster.restapi.webhooks.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.webhooks.entity.Delivery;

/**
 * Where one webhook's delivery stands, in {@code webhook-<id>.json}: {@code last} the id of the last
 * event handled (delivered, or not wanted), so the next one is the first after it; while that next
 * one fails, {@code attempts} made, {@code firstFailure} and {@code nextAttempt}; and the recent
 * deliveries, newest first. Every change keeps {@code last} from going back, since during a lease's
 * hand-over two nodes may briefly both deliver.
 */
public record Cursor(String webhook, long last, int attempts, Instant nextAttempt, Instant firstFailure,
              List<Delivery> deliveries) {

    static final int KEPT = 100;

    static Cursor start(String webhook, long last) {
        return new Cursor(webhook, last, 0, null, null, List.of());
    }

    static String webhookId(long eventId) {
        return "evt_" + eventId;
    }

    boolean due(Instant now) {
        return nextAttempt == null || !nextAttempt.isAfter(now);
    }

    Cursor passed(long eventId) {
        return eventId <= last ? this : new Cursor(webhook, eventId, 0, null, null, deliveries);
    }

    Cursor delivered(Event event, int status, Instant now) {
        if (event.id() <= last) {
            return this;
        }
        return new Cursor(webhook, event.id(), 0, null, null,
                recorded(event, Delivery.DELIVERED, status, null, now));
    }

    Cursor retrying(Event event, Integer status, String error, Instant now, Instant next) {
        if (event.id() <= last) {
            return this;
        }
        return new Cursor(webhook, last, attempts + 1, next, firstFailure == null ? now : firstFailure,
                recorded(event, Delivery.RETRYING, status, error, now));
    }

    /** Given up: the webhook is disabled; the event stays next, for when it is enabled again. */
    Cursor failed(Event event, Integer status, String error, Instant now) {
        return new Cursor(webhook, last, attempts + 1, null, firstFailure == null ? now : firstFailure,
                recorded(event, Delivery.FAILED, status, error, now));
    }

    /** Enabled again: the failure is forgotten and the held event is tried at once. */
    Cursor reset() {
        return new Cursor(webhook, last, 0, null, null, deliveries);
    }

    /** Tried again at once (its URL changed), still counting the attempts and the failure's age. */
    Cursor dueNow() {
        return new Cursor(webhook, last, attempts, null, firstFailure, deliveries);
    }

    /** What a deleted webhook leaves: state files are replaced, never removed (see package-info). */
    Cursor emptied() {
        return new Cursor(webhook, last, 0, null, null, List.of());
    }

    private List<Delivery> recorded(Event event, String state, Integer status, String error, Instant now) {
        List<Delivery> kept = new ArrayList<>(KEPT);
        Delivery before = deliveries.isEmpty() || deliveries.get(0).eventId() != event.id() ? null : deliveries.get(0);
        kept.add(new Delivery(event.id(), webhookId(event.id()), event.event(), state, status,
                before == null ? 1 : before.attempts() + 1, error, before == null ? now : before.firstAttempt(), now));
        deliveries.stream().filter(d -> d.eventId() != event.id()).limit(KEPT - 1).forEach(kept::add);
        return List.copyOf(kept);
    }
}
