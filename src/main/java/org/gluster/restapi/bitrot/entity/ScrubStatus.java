package org.gluster.restapi.bitrot.entity;

import java.util.List;

/**
 * {@code volume bitrot VOL scrub status}: the scrubber's state as the CLI words it ("Active",
 * "pause", …), whether any node is scrubbing now, its throttle and frequency, the two error logs,
 * and each node.
 */
public record ScrubStatus(String volume, String state, boolean running, String impact, String frequency,
                          String bitrotLog, String scrubberLog, List<ScrubNode> nodes) {
}
