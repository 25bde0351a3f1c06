package org.gluster.restapi.volumes.entity;

/**
 * One brick process. Sizes are bytes; the detail fields ({@code sizeTotal} to {@code inodesFree})
 * are null unless detail was asked for or when the brick is offline; {@code port} and {@code pid}
 * are null when the brick does not run.
 */
public record BrickStatus(String host, String path, String peerId, boolean online, Integer port, Long pid,
                          Long sizeTotal, Long sizeFree, String device, Long blockSize, String mountOptions,
                          String fsName, Long inodesTotal, Long inodesFree) {
}
