package org.gluster.restapi.snapshots.entity;

import java.util.List;

/** {@code snapshot config}: the system's limits and switches, then each volume's limits. */
public record SnapshotConfig(long hardLimit, int softLimitPercent, boolean autoDelete, boolean activateOnCreate,
                             List<VolumeSnapshotConfig> volumes) {
}
