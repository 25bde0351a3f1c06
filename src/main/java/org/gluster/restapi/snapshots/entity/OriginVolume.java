package org.gluster.restapi.snapshots.entity;

/** The volume a snapshot was taken of, with its snapshot count and how many more it may take. */
public record OriginVolume(String name, int snapshotCount, int snapshotsRemaining) {
}
