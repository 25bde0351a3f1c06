package org.gluster.restapi.snapshots.entity;

/** The volume GlusterFS made for a snapshot ({@code status} Started when activated, else Stopped). */
public record SnapshotVolume(String name, String status, OriginVolume origin) {
}
