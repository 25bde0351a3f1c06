package org.gluster.restapi.webhooks.control;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try again: exponential from {@code initial} (doubling per failed attempt) up to {@code cap},
 * with full jitter — a uniform delay between zero and that bound — so endpoints that failed together
 * do not come back together.
 */
record Backoff(Duration initial, Duration cap) {

    /** The bound after {@code attempts} failed attempts (1 for the first failure). */
    Duration bound(int attempts) {
        long initialMillis = Math.max(1, initial.toMillis());
        int doublings = Math.min(Math.max(attempts - 1, 0), 40);
        long bound = initialMillis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : initialMillis << doublings;
        return Duration.ofMillis(Math.min(bound, cap.toMillis()));
    }

    Duration delay(int attempts, RandomGenerator random) {
        return Duration.ofMillis(random.nextLong(bound(attempts).toMillis() + 1));
    }
}
