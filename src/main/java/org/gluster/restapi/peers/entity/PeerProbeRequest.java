package org.gluster.restapi.peers.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** The host to add to the pool: {@code {"host": "node2"}}. */
public record PeerProbeRequest(@Schema(required = true) String host) {
}
