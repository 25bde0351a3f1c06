package org.gluster.restapi.snapshots.entity;

/** A snapshot to take of a volume; without {@code noTimestamp} GlusterFS appends the time to the name. */
public record SnapshotRequest(String name, String volume, Boolean noTimestamp, String description, Boolean force) {
}
