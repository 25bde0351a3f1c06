package org.gluster.restapi.snapshots.entity;

/** One snapshot's result in a delete; {@code error} is the CLI's reason when it was not deleted. */
public record SnapshotDeletion(String name, String id, boolean deleted, String error) {
}
