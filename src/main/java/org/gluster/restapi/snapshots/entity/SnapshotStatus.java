package org.gluster.restapi.snapshots.entity;

import java.util.List;

/** A snapshot's bricks as {@code snapshot status} reports them. */
public record SnapshotStatus(String name, String id, List<SnapshotBrick> bricks) {
}
