package org.gluster.restapi.peers.control;

import static org.gluster.restapi.commands.catalog.CommandTarget.mutate;
import static org.gluster.restapi.commands.catalog.CommandTarget.read;
import static org.gluster.restapi.commands.catalog.Param.value;
import static org.gluster.restapi.commands.catalog.Params.FORCE;
import static org.gluster.restapi.commands.catalog.Params.HOST;
import static org.gluster.restapi.commands.catalog.Slot.named;
import static org.gluster.restapi.commands.catalog.Slot.pos;
import static org.gluster.restapi.commands.catalog.Slot.words;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.CommandTarget;

/**
 * The trusted pool's commands, for both surfaces. Peer status and pool list report whether each
 * peer is connected, which changes without touching glusterd's store: they are live reads.
 */
@ApplicationScoped
public class PeerTargets implements CommandFamily {

    public static final CommandTarget STATUS = read("peer-status", "the other peers", words("peer", "status")).liveState();
    public static final CommandTarget PROBE = mutate("peer-probe", "add a host to the pool",
            words("peer", "probe"), pos(value("host", HOST, "the host").mandatory()));
    public static final CommandTarget DETACH = mutate("peer-detach", "remove a host from the pool",
            words("peer", "detach"), pos(value("host", HOST, "the host").mandatory()), named(FORCE));
    public static final CommandTarget POOL_LIST = read("pool-list", "the whole pool, this node included",
            words("pool", "list")).liveState();

    @Override
    public List<CommandTarget> targets() {
        return List.of(STATUS, PROBE, DETACH, POOL_LIST);
    }
}
