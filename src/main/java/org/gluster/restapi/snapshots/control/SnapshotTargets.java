package org.gluster.restapi.snapshots.control;

import static org.gluster.restapi.commands.catalog.CommandTarget.mutate;
import static org.gluster.restapi.commands.catalog.CommandTarget.read;
import static org.gluster.restapi.commands.catalog.Param.flag;
import static org.gluster.restapi.commands.catalog.Param.keyword;
import static org.gluster.restapi.commands.catalog.Param.value;
import static org.gluster.restapi.commands.catalog.Params.FORCE;
import static org.gluster.restapi.commands.catalog.Params.VALUE;
import static org.gluster.restapi.commands.catalog.Params.VOLUME;
import static org.gluster.restapi.commands.catalog.Slot.named;
import static org.gluster.restapi.commands.catalog.Slot.pos;
import static org.gluster.restapi.commands.catalog.Slot.words;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.Param;

/** The snapshot commands, for both surfaces; a snapshot's name follows the rules of a volume's. */
@ApplicationScoped
public class SnapshotTargets implements CommandFamily {

    private static final Param SNAPNAME = value("snapname", VOLUME, "the snapshot").mandatory();
    private static final Param SOME_SNAPSHOT = value("snapname", VOLUME, "the snapshot");

    public static final CommandTarget LIST = read("snapshot-list", "snapshots (of one volume)",
            words("snapshot", "list"), pos(value("volume", VOLUME, "the volume")));
    public static final CommandTarget INFO = read("snapshot-info", "describe snapshots (all, or the one named)",
            words("snapshot", "info"), pos(SOME_SNAPSHOT));
    public static final CommandTarget CREATE = mutate("snapshot-create", "snapshot a volume",
            words("snapshot", "create"), pos(SNAPNAME), pos(value("volume", VOLUME, "the volume").mandatory()),
            named(flag("no-timestamp", "do not append a timestamp to the name")),
            named(keyword("description", "description", VALUE, "a description")), named(FORCE));
    public static final CommandTarget DELETE = mutate("snapshot-delete", "delete a snapshot",
            words("snapshot", "delete"), pos(SNAPNAME));
    public static final CommandTarget STATUS = read("snapshot-status",
            "brick processes of snapshots (all, or the one named)", words("snapshot", "status"), pos(SOME_SNAPSHOT))
            .liveState();
    public static final CommandTarget ACTIVATE = mutate("snapshot-activate", "activate a snapshot",
            words("snapshot", "activate"), pos(SNAPNAME), named(FORCE));
    public static final CommandTarget DEACTIVATE = mutate("snapshot-deactivate", "deactivate a snapshot",
            words("snapshot", "deactivate"), pos(SNAPNAME));
    public static final CommandTarget RESTORE = mutate("snapshot-restore", "restore a stopped volume to a snapshot",
            words("snapshot", "restore"), pos(SNAPNAME));
    public static final CommandTarget CLONE = mutate("snapshot-clone", "a new volume from a snapshot",
            words("snapshot", "clone"), pos(value("clonename", VOLUME, "the new volume").mandatory()), pos(SNAPNAME));
    public static final CommandTarget CONFIG = read("snapshot-config",
            "snapshot limits and settings (of the pool, or of a volume)", words("snapshot", "config"),
            pos(value("volume", VOLUME, "the volume")));

    @Override
    public List<CommandTarget> targets() {
        return List.of(LIST, INFO, CREATE, DELETE, STATUS, ACTIVATE, DEACTIVATE, RESTORE, CLONE, CONFIG);
    }
}
