package org.gluster.restapi.events.entity;

import java.time.Instant;
import java.util.Map;

/**
 * How events flow on one node, as its gateway last saw it (every half minute): its intake URL, the
 * glustereventsd it reloaded ({@code daemon} 0 when none runs), when it last checked and when it last
 * took in an event; {@code problem} says what keeps events from flowing, or is null.
 */
public record IntakeStatus(String hostname, String url, long daemon, Instant checked, Instant lastEvent,
                           String problem) {

    public static final String FILE = "events-nodes.json";

    /** Every node's status by glusterd UUID, as kept in the pool state. */
    public record Pool(Map<String, IntakeStatus> nodes) {

        public static Pool empty() {
            return new Pool(Map.of());
        }
    }
}
