package org.gluster.restapi.webhooks.control;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.gluster.restapi.events.entity.Event;

/** What an attempt's outcome does to the cursor: delivered, retried after a jittered backoff, or given up after {@code retryFor}. */
record RetryPolicy(Backoff backoff, Duration retryFor) {

    Cursor after(Cursor cursor, Event event, Outcome outcome, Instant now, RandomGenerator random) {
        if (outcome.delivered()) {
            return cursor.delivered(event, outcome.status(), now);
        }
        if (givesUp(cursor, now)) {
            return cursor.failed(event, outcome.status(), outcome.error(), now);
        }
        Instant next = now.plus(backoff.delay(cursor.attempts() + 1, random));
        return cursor.retrying(event, outcome.status(), outcome.error(), now, next);
    }

    /** Whether a failure now ends the retries: the event has failed since {@code retryFor} or longer. */
    boolean givesUp(Cursor cursor, Instant now) {
        return cursor.firstFailure() != null && !now.isBefore(cursor.firstFailure().plus(retryFor));
    }
}
