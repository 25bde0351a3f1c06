package org.gluster.restapi.rebalance.control;

import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.commands.catalog.Catalog;
import org.gluster.restapi.rebalance.entity.RebalanceRequest;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.volumes.control.VolumeCommands;

/** Rebalance requests as gluster commands, through the catalog. */
public final class RebalanceCommands {

    private RebalanceCommands() {
    }

    public static GlusterCommand start(String volume, RebalanceRequest request) {
        boolean fixLayout = request != null && Boolean.TRUE.equals(request.fixLayout());
        boolean force = request != null && Boolean.TRUE.equals(request.force());
        if (fixLayout && force) {
            throw new InvalidInputException("force", "does not go with fixLayout: a fix-layout moves no data");
        }
        return step(volume, fixLayout ? "fix-layout" : "start", force);
    }

    public static GlusterCommand stop(String volume) {
        return step(volume, "stop", false);
    }

    public static GlusterCommand status(String volume) {
        return step(volume, "status", false);
    }

    private static GlusterCommand step(String volume, String action, boolean force) {
        return Catalog.VOLUME_REBALANCE.build(List.of(VolumeCommands.checkedName(volume)),
                Map.of("action", action, "force", force));
    }
}
