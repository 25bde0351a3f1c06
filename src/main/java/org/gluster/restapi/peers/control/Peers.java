package org.gluster.restapi.peers.control;

import static org.gluster.restapi.validation.GlusterNames.host;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.cli.CliOutput;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.cli.ThisNode;
import org.gluster.restapi.problems.NotFoundException;
import org.gluster.restapi.peers.entity.Peer;

/** The trusted pool, read with {@code pool list}, grown with {@code peer probe}, shrunk with {@code peer detach}. */
@ApplicationScoped
public class Peers {

    /** opErrno of a probe that changed nothing: 1 the node itself, 2 a peer already in the pool. */
    private static final int PROBE_OF_SELF = 1;

    @Inject
    CommandFacade facade;

    @Inject
    ThisNode thisNode;

    public List<Peer> pool() {
        return PeerXml.pool(facade.execute(PeerTargets.POOL_LIST.build(List.of(), Map.of())).xml(), thisNode.name());
    }

    public Peer find(String host) {
        String name = host("host", host);
        return pool().stream().filter(p -> p.isKnownAs(name)).findFirst()
                .orElseThrow(() -> new NotFoundException(name + " is not part of the pool"));
    }

    /** Probes {@code host}; the answer says whether the pool grew, and the peer as the pool now knows it. */
    public Probe probe(String host) {
        String name = host("host", host);
        CliOutput answer = facade.execute(PeerTargets.PROBE.build(List.of(name), Map.of()));
        List<Peer> pool = pool();
        Peer peer = pool.stream().filter(p -> p.isKnownAs(name)).findFirst()
                .orElseGet(() -> answer.opErrno() == PROBE_OF_SELF
                        ? pool.stream().filter(Peer::self).findFirst().orElseThrow()
                        : new Peer("", name, List.of(name), false, "Probe sent", false));
        return new Probe(answer.opErrno() == 0, answer.message(), peer);
    }

    public void detach(String host, boolean force) {
        facade.execute(PeerTargets.DETACH.build(List.of(host("host", host)), Map.of("force", force)));
    }

    public record Probe(boolean added, String message, Peer peer) {
    }
}
