package org.gluster.restapi.snapshots.entity;

/**
 * A volume's snapshot limits: its own hard limit, the one in force (the lower of its own and the
 * system's) and the soft limit as a number of snapshots.
 */
public record VolumeSnapshotConfig(String volume, long hardLimit, long effectiveHardLimit, long softLimit) {
}
