package org.gluster.restapi.profile.entity;

/** One file operation (LOOKUP, WRITE, …): calls and latency in microseconds. */
public record FopStat(String fop, long hits, double avgLatency, double minLatency, double maxLatency) {
}
