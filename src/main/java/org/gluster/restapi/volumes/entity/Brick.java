package org.gluster.restapi.volumes.entity;

/** A brick of a volume: {@code name} is {@code host:/path} as the CLI writes it. */
public record Brick(String name, String host, String path, String hostUuid, boolean arbiter) {
}
