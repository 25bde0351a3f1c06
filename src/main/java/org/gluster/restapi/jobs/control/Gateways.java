package org.gluster.restapi.jobs.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * When each node's gateway was last seen alive ({@value Jobs#GATEWAYS}); also the list of the
 * nodes whose jobs files to read. Public for JSON-B.
 */
public record Gateways(Map<String, Instant> seen) {

    public Gateways {
        seen = seen == null ? Map.of() : Map.copyOf(seen);
    }

    static Gateways none() {
        return new Gateways(Map.of());
    }

    Gateways touched(String node, Instant now) {
        Map<String, Instant> all = new HashMap<>(seen);
        all.put(node, now);
        return new Gateways(all);
    }
}
