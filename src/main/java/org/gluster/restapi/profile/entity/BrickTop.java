package org.gluster.restapi.profile.entity;

import java.util.List;

/**
 * A brick's top list. {@code open} fills the open-file counters ({@code maxOpenTime} null when never
 * reached); read-perf and write-perf fill the brick's measured {@code throughput} (MB/s) and
 * {@code timeTaken} (seconds); the other fields are null.
 */
public record BrickTop(String brick, Long currentOpen, Long maxOpen, String maxOpenTime, Double throughput,
                       Double timeTaken, List<TopEntry> files) {
}
