package org.gluster.restapi.bitrot.entity;

/** How hard and how often the scrubber works: throttle lazy|normal|aggressive; frequency hourly … monthly. */
public record ScrubRequest(String throttle, String frequency) {
}
