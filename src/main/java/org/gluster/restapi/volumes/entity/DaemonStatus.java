package org.gluster.restapi.volumes.entity;

/** A daemon serving a volume on one node, such as the Self-heal Daemon. */
public record DaemonStatus(String name, String host, String peerId, boolean online, Long pid) {
}
