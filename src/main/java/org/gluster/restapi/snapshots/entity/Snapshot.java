package org.gluster.restapi.snapshots.entity;

import java.util.List;

/** A snapshot as {@code snapshot info} describes it; {@code createTime} as the CLI prints it (UTC). */
public record Snapshot(String name, String id, String description, String createTime,
                       List<SnapshotVolume> volumes) {
}
