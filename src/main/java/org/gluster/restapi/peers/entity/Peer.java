package org.gluster.restapi.peers.entity;

import java.util.List;

/**
 * A node of the trusted pool. {@code self} marks the node that answered; its {@code hostname} is
 * this node's name rather than the CLI's "localhost", so a client can keep the whole list and
 * fail over to any entry. {@code state} is glusterd's peer state ("Peer in Cluster", ...).
 */
public record Peer(String uuid, String hostname, List<String> hostnames, boolean connected, String state,
                   boolean self) {

    public boolean isKnownAs(String host) {
        return hostname.equalsIgnoreCase(host) || uuid.equalsIgnoreCase(host)
                || hostnames.stream().anyMatch(host::equalsIgnoreCase);
    }
}
