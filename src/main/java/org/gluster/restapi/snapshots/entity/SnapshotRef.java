package org.gluster.restapi.snapshots.entity;

/** The snapshot (or, for a clone, the new volume) a create, clone, restore, activate or deactivate acted on. */
public record SnapshotRef(String name, String id) {
}
