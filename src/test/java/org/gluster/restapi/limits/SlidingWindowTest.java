package org.gluster.restapi.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.gluster.restapi.time.TestClock;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    static final Instant T0 = Instant.parse("2030-01-15T08:00:00Z");

    final TestClock clock = new TestClock(T0);
    final SlidingWindow window = new SlidingWindow(clock);

    @Test
    void admitsUpToTheLimitWithinOneSecondAndRefusesTheNextUntilTheOldestAdmissionLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, window.tryAdmit(3));
            clock.advance(Duration.ofMillis(100));
        }
        assertEquals(Duration.ofMillis(700), window.tryAdmit(3));
    }

    @Test
    void admitsAgainOnceTheWindowSlidPastTheOldestAdmission() {
        admitThreeAt0And100And200();
        clock.set(T0.plusMillis(999));
        assertEquals(Duration.ofMillis(1), window.tryAdmit(3));

        clock.set(T0.plusMillis(1000));
        assertEquals(Duration.ZERO, window.tryAdmit(3));
        assertEquals(Duration.ofMillis(100), window.tryAdmit(3), "the admission at 100 ms is still in the window");

        clock.set(T0.plusMillis(1100));
        assertEquals(Duration.ZERO, window.tryAdmit(3));
    }

    @Test
    void refusedRequestsTakeNoPlaceInTheWindow() {
        admitThreeAt0And100And200();
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMillis(10));
            window.tryAdmit(3);
        }
        clock.set(T0.plusMillis(1200));
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, window.tryAdmit(3));
        }
        assertEquals(Duration.ofSeconds(1), window.tryAdmit(3));
    }

    @Test
    void aLowerLimitHoldsAtOnceAndCountsFromTheNewestAdmissions() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Duration.ZERO, window.tryAdmit(5));
            clock.advance(Duration.ofMillis(100));
        }
        assertEquals(Duration.ofMillis(800), window.tryAdmit(2), "the second newest admission, at 200 ms, must leave");
    }

    @Test
    void aClockSetBackNeverAsksToWaitLongerThanTheWindow() {
        assertEquals(Duration.ZERO, window.tryAdmit(1));
        clock.set(T0.minusSeconds(5));
        assertEquals(Duration.ofSeconds(1), window.tryAdmit(1));
    }

    @Test
    void aLimitOfZeroRefusesEverythingForAWholeWindow() {
        assertEquals(Duration.ofSeconds(1), window.tryAdmit(0));
    }

    @Test
    void retryAfterIsTheWaitInWholeSecondsRoundedUpAndAtLeastOne() {
        assertEquals(1, SlidingWindow.retryAfterSeconds(Duration.ofMillis(1)));
        assertEquals(1, SlidingWindow.retryAfterSeconds(Duration.ofMillis(700)));
        assertEquals(1, SlidingWindow.retryAfterSeconds(Duration.ofSeconds(1)));
        assertEquals(2, SlidingWindow.retryAfterSeconds(Duration.ofMillis(1001)));
        assertEquals(1, SlidingWindow.retryAfterSeconds(Duration.ZERO));
    }

    private void admitThreeAt0And100And200() {
        for (int i = 0; i < 3; i++) {
            clock.set(T0.plusMillis(100L * i));
            assertEquals(Duration.ZERO, window.tryAdmit(3));
        }
    }
}
