package org.gluster.restapi.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1));

    @Test
    void theBoundDoublesFromTheInitialDelayUpToTheCap() {
        assertEquals(Duration.ofSeconds(5), backoff.bound(1));
        assertEquals(Duration.ofSeconds(10), backoff.bound(2));
        assertEquals(Duration.ofSeconds(20), backoff.bound(3));
        assertEquals(Duration.ofSeconds(2560), backoff.bound(10));
        assertEquals(Duration.ofHours(1), backoff.bound(11));
        assertEquals(Duration.ofHours(1), backoff.bound(1000));
        assertEquals(Duration.ofSeconds(5), backoff.bound(0));
    }

    @Test
    void fullJitterDrawsBetweenZeroAndTheBound() {
        Random random = new Random(42);
        for (int attempts = 1; attempts <= 30; attempts++) {
            Set<Duration> seen = new HashSet<>();
            for (int draw = 0; draw < 200; draw++) {
                Duration delay = backoff.delay(attempts, random);
                assertTrue(!delay.isNegative() && delay.compareTo(backoff.bound(attempts)) <= 0, attempts + ": " + delay);
                seen.add(delay);
            }
            assertTrue(seen.size() > 100, "jittered, not fixed: " + seen.size());
        }
    }

    @Test
    void theSameSeedGivesTheSameDelays() {
        assertEquals(backoff.delay(4, new Random(7)), backoff.delay(4, new Random(7)));
        assertEquals(Duration.ofMillis(new Random(7).nextLong(40_001)), backoff.delay(4, new Random(7)));
    }
}
