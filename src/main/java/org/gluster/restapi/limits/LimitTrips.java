package org.gluster.restapi.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.gluster.restapi.events.control.GatewayEventLog;
import org.gluster.restapi.events.entity.GatewayEvents;

/**
 * Tells the pool that a limit refused requests, once per limit per {@link #WINDOW} at most: the first
 * refusal after a quiet window is told at once, the ones after it are counted into the next report.
 */
@ApplicationScoped
public class LimitTrips {

    static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    Clock clock;

    @Inject
    GatewayEventLog events;

    private final Map<String, Instant> told = new HashMap<>();
    private final Map<String, Long> refused = new HashMap<>();

    void refused(String limit) {
        refused(limit, clock.instant(), (name, count) -> events.tell(GatewayEvents.LIMIT_TRIPPED,
                Map.of("limit", name, "refused", count, "seconds", WINDOW.toSeconds())));
    }

    synchronized void refused(String limit, Instant now, BiConsumer<String, Long> tell) {
        long count = refused.merge(limit, 1L, Long::sum);
        Instant last = told.get(limit);
        if (last == null || !now.isBefore(last.plus(WINDOW))) {
            told.put(limit, now);
            refused.put(limit, 0L);
            tell.accept(limit, count);
        }
    }
}
