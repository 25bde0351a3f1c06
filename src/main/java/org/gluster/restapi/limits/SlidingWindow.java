package org.gluster.restapi.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;

/** At most {@code limit} admissions in any one-second window of the clock: exact, with no sleeping. */
public final class SlidingWindow {

    static final long WINDOW_MILLIS = 1000;

    private final Clock clock;
    private final ArrayDeque<Long> admitted = new ArrayDeque<>();

    public SlidingWindow(Clock clock) {
        this.clock = clock;
    }

    /** Admits (returns zero) or tells how long until the next admission could succeed. */
    public synchronized Duration tryAdmit(int limit) {
        long now = clock.millis();
        while (!admitted.isEmpty() && now - admitted.peekFirst() >= WINDOW_MILLIS) {
            admitted.pollFirst();
        }
        if (admitted.size() < limit) {
            admitted.addLast(now);
            return Duration.ZERO;
        }
        while (admitted.size() > limit) {
            admitted.pollFirst();
        }
        long wait = admitted.isEmpty() ? WINDOW_MILLIS : WINDOW_MILLIS - (now - admitted.peekFirst());
        return Duration.ofMillis(Math.min(WINDOW_MILLIS, wait));
    }

    /** The Retry-After for a wait: whole seconds, rounded up, at least one. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
