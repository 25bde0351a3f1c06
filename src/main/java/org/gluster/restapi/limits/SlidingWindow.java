package org.gluster.restapi.limits;

import java.util.ArrayDeque;

/** At most {@code limit} admissions in any one-second window: exact, with no sleeping. */
public final class SlidingWindow {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final ArrayDeque<Long> admitted = new ArrayDeque<>();

    /** Admits (returns 0) or tells how many nanoseconds until the next admission could succeed. */
    public synchronized long tryAdmit(int limit, long nowNanos) {
        while (!admitted.isEmpty() && nowNanos - admitted.peekFirst() >= WINDOW_NANOS) {
            admitted.pollFirst();
        }
        if (admitted.size() < limit) {
            admitted.addLast(nowNanos);
            return 0;
        }
        while (admitted.size() > limit) {
            admitted.pollFirst();
        }
        return WINDOW_NANOS - (nowNanos - admitted.peekFirst());
    }
}
