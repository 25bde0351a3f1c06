package org.gluster.restapi.peers.control;

import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.gluster.restapi.peers.entity.Peer;
import org.junit.jupiter.api.Test;

class PeerXmlTest {

    @Test
    void singleNodePoolIsThisNodeUnderItsOwnName() {
        List<Peer> pool = PeerXml.pool(xml("pool-list.xml"), "vm");

        assertEquals(List.of(new Peer("5d0b9016-4163-4f06-afe7-14af6c0e2e7c", "vm", List.of("vm"), true,
                "Peer in Cluster", true)), pool);
    }

    @Test
    void threeNodePoolHasTwoPeersAndThisNode() {
        List<Peer> pool = PeerXml.pool(xml("pool-list-3nodes.xml"), "n1");

        assertEquals(List.of(
                new Peer("4efd8250-d0cb-4be1-9017-12ca82473a5e", "n2", List.of("n2"), true, "Peer in Cluster", false),
                new Peer("4997cb7f-1552-486e-a815-05524bc83e59", "n3", List.of("n3"), true, "Peer in Cluster", false),
                new Peer("ec64f619-6946-400f-b706-e4349f0c2779", "n1", List.of("n1"), true, "Peer in Cluster", true)),
                pool);
    }

    @Test
    void disconnectedPeerIsNotConnected() {
        List<Peer> peers = PeerXml.pool(xml("peer-status-one-disconnected.xml"), "n1");

        assertEquals(List.of(false, true), peers.stream().map(Peer::connected).toList());
        assertFalse(peers.get(0).self());
    }
}
