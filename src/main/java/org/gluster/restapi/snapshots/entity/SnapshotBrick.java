package org.gluster.restapi.snapshots.entity;

/**
 * One brick of a snapshot in {@code snapshot status}: its LVM volume group, whether its brick
 * process runs, the thin LV's data usage in percent and its size as lvs prints it ("1.00g"); null
 * where the CLI printed "N/A".
 */
public record SnapshotBrick(String brick, String host, String path, String volumeGroup, Boolean running, Long pid,
                            Double dataPercent, String lvSize) {
}
