package org.gluster.restapi.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitTripsTest {

    final Instant start = Instant.parse("2026-12-01T00:00:00Z");
    final List<String> told = new ArrayList<>();

    void refuse(LimitTrips trips, String limit, Duration at) {
        trips.refused(limit, start.plus(at), (name, count) -> told.add(name + "=" + count));
    }

    @Test
    void theFirstRefusalIsToldAtOnceAndTheRestOfTheMinuteIsCountedIntoTheNextReport() {
        LimitTrips trips = new LimitTrips();
        refuse(trips, "connections", Duration.ZERO);
        for (int i = 1; i <= 50; i++) {
            refuse(trips, "connections", Duration.ofSeconds(1));
        }
        assertEquals(List.of("connections=1"), told);
        refuse(trips, "connections", Duration.ofSeconds(60));
        assertEquals(List.of("connections=1", "connections=51"), told);
    }

    @Test
    void eachLimitIsToldOnItsOwn() {
        LimitTrips trips = new LimitTrips();
        refuse(trips, "connections", Duration.ZERO);
        refuse(trips, "command-rate", Duration.ofSeconds(2));
        refuse(trips, "connections", Duration.ofSeconds(3));
        assertEquals(List.of("connections=1", "command-rate=1"), told);
    }
}
