package org.gluster.restapi.volumes.entity;

/**
 * The query of {@code GET /v1/volumes} as sent (checked by the control): {@code status} is 1/0 (live
 * status, as before) or a state to filter by; {@code name} and {@code type} filters with one {@code *};
 * {@code fields} the members to answer, comma-separated.
 */
public record VolumeQuery(String status, String name, String type, String fields) {
}
