package org.gluster.restapi.peers.control;

import java.util.ArrayList;
import java.util.List;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.peers.entity.Peer;

/** Maps {@code pool list} output; the CLI calls the answering node "localhost" and gives it no state. */
final class PeerXml {

    private static final String SELF = "localhost";

    private PeerXml() {
    }

    static List<Peer> pool(XmlNode cliOutput, String selfName) {
        return cliOutput.path("peerStatus").children("peer").stream().map(p -> peer(p, selfName)).toList();
    }

    private static Peer peer(XmlNode p, String selfName) {
        String hostname = p.text("hostname");
        List<String> hostnames = new ArrayList<>(p.path("hostnames").children("hostname").stream()
                .map(XmlNode::text).toList());
        boolean self = SELF.equals(hostname) && !p.child("state").exists();
        if (self) {
            hostname = selfName;
            hostnames = List.of(selfName);
        } else if (hostnames.isEmpty()) {
            hostnames = List.of(hostname);
        }
        String state = self ? "Peer in Cluster" : p.text("stateStr");
        return new Peer(p.text("uuid"), hostname, List.copyOf(hostnames), p.flag("connected"), state, self);
    }
}
