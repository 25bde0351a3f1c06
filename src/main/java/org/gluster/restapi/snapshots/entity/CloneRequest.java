package org.gluster.restapi.snapshots.entity;

/** The name of the new volume a clone makes. */
public record CloneRequest(String name) {
}
