package org.gluster.restapi.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.time.TestClock;
import org.gluster.restapi.webhooks.entity.Delivery;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    final TestClock clock = new TestClock(Instant.parse("2026-12-01T00:00:00Z"));
    final RetryPolicy policy = new RetryPolicy(new Backoff(Duration.ofSeconds(5), Duration.ofHours(1)), Duration.ofHours(24));
    final Random random = new Random(1);
    final Event event = new Event(8, clock.instant(), "n1", "VOLUME_SET", null);

    @Test
    void aFailureSchedulesAJitteredRetryAndKeepsTheEventNext() {
        Cursor cursor = policy.after(Cursor.start("w", 7), event, Outcome.answered(500), clock.instant(), random);
        assertEquals(7, cursor.last());
        assertEquals(1, cursor.attempts());
        assertEquals(clock.instant(), cursor.firstFailure());
        assertTrue(!cursor.nextAttempt().isBefore(clock.instant())
                && !cursor.nextAttempt().isAfter(clock.instant().plusSeconds(5)), cursor.nextAttempt().toString());
        assertFalse(cursor.due(clock.instant().minusMillis(1)));
        Delivery record = cursor.deliveries().get(0);
        assertEquals(new Delivery(8, "evt_8", "VOLUME_SET", Delivery.RETRYING, 500, 1, "HTTP 500", clock.instant(),
                clock.instant()), record);
    }

    @Test
    void aDeliveryAfterFailuresMovesTheCursorAndForgetsTheFailure() {
        Instant first = clock.instant();
        Cursor cursor = policy.after(Cursor.start("w", 7), event, Outcome.failed("connection refused or unreachable"),
                clock.instant(), random);
        clock.advance(Duration.ofSeconds(6));
        cursor = policy.after(cursor, event, Outcome.answered(503), clock.instant(), random);
        clock.advance(Duration.ofSeconds(11));
        cursor = policy.after(cursor, event, Outcome.answered(204), clock.instant(), random);
        assertEquals(8, cursor.last());
        assertEquals(0, cursor.attempts());
        assertNull(cursor.nextAttempt());
        assertNull(cursor.firstFailure());
        assertEquals(new Delivery(8, "evt_8", "VOLUME_SET", Delivery.DELIVERED, 204, 3, null, first, clock.instant()),
                cursor.deliveries().get(0));
        assertEquals(1, cursor.deliveries().size());
    }

    @Test
    void itGivesUpOnlyWhenAnAttemptFailsTwentyFourHoursAfterTheFirstFailure() {
        Cursor cursor = policy.after(Cursor.start("w", 7), event, Outcome.answered(500), clock.instant(), random);
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertFalse(policy.givesUp(cursor, clock.instant()));
        cursor = policy.after(cursor, event, Outcome.answered(500), clock.instant(), random);
        assertEquals(Delivery.RETRYING, cursor.deliveries().get(0).state());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(policy.givesUp(cursor, clock.instant()));
        cursor = policy.after(cursor, event, Outcome.answered(500), clock.instant(), random);
        assertEquals(Delivery.FAILED, cursor.deliveries().get(0).state());
        assertEquals(3, cursor.deliveries().get(0).attempts());
        assertEquals(7, cursor.last());
        assertNull(cursor.nextAttempt());
        Cursor again = cursor.reset();
        assertEquals(0, again.attempts());
        assertNull(again.firstFailure());
        assertTrue(again.due(clock.instant()));
    }

    @Test
    void aNewEndpointsFirstFailureNeverGivesUpAtOnce() {
        assertFalse(policy.givesUp(Cursor.start("w", 0), clock.instant()));
    }

    @Test
    void theRecordsAreBoundedNewestFirst() {
        Cursor cursor = Cursor.start("w", 0);
        for (long id = 1; id <= 150; id++) {
            cursor = cursor.delivered(new Event(id, clock.instant(), "n1", "X", null), 200, clock.instant());
        }
        assertEquals(Cursor.KEPT, cursor.deliveries().size());
        assertEquals(150, cursor.deliveries().get(0).eventId());
        assertEquals(51, cursor.deliveries().get(99).eventId());
    }

    @Test
    void theCursorNeverGoesBack() {
        Cursor ahead = Cursor.start("w", 9);
        assertEquals(ahead, ahead.delivered(event, 200, clock.instant()));
        assertEquals(ahead, ahead.retrying(event, 500, "HTTP 500", clock.instant(), clock.instant()));
        assertEquals(ahead, ahead.passed(3));
    }
}
