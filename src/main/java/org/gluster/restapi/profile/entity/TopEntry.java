package org.gluster.restapi.profile.entity;

/**
 * One file of a top list: {@code count} is its calls, or MB/s for read-perf and write-perf, which
 * also give the {@code time} of the measurement (else null).
 */
public record TopEntry(String file, long count, String time) {
}
