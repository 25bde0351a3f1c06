package org.gluster.restapi.volumes.entity;

/**
 * A brick of a volume and its process: {@code online} false, with no port or pid, while the volume
 * is stopped or the brick is down; sizes only when asked for detail.
 */
public record BrickState(String name, String host, String path, boolean arbiter, boolean online, Integer port,
                         Long pid, Long sizeTotal, Long sizeFree) {
}
