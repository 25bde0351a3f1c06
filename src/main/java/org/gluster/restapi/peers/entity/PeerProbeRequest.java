package org.gluster.restapi.peers.entity;

/** The host to add to the pool: {@code {"host": "node2"}}. */
public record PeerProbeRequest(String host) {
}
