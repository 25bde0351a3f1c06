package org.gluster.restapi.bricks.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.bricks.entity.AddBricksRequest;
import org.gluster.restapi.bricks.entity.RemoveBricksRequest;
import org.gluster.restapi.bricks.entity.ReplaceBrickRequest;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.commands.catalog.Catalog;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.volumes.control.VolumeCommands;

/** Brick requests as gluster commands, through the catalog; what /v1 checks on top of it. */
public final class BrickCommands {

    private static final int MAX_BRICKS = 1024;

    private BrickCommands() {
    }

    public static GlusterCommand status(String volume, boolean detail) {
        return Catalog.VOLUME_STATUS.build(List.of(VolumeCommands.checkedName(volume)),
                detail ? Map.of("detail", "detail") : Map.of());
    }

    public static GlusterCommand add(String volume, AddBricksRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "names the bricks to add");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        if (request.replica() != null) {
            named.put("replica", request.replica());
        }
        if (request.arbiter() != null) {
            if (request.replica() == null) {
                throw new InvalidInputException("arbiter", "an arbiter comes with a replica count");
            }
            named.put("arbiter", request.arbiter());
        }
        named.put("bricks", bricks(request.bricks()));
        named.put("force", Boolean.TRUE.equals(request.force()));
        return Catalog.VOLUME_ADD_BRICK.build(List.of(VolumeCommands.checkedName(volume)), named);
    }

    public static GlusterCommand replace(String volume, ReplaceBrickRequest request) {
        if (request == null || request.source() == null || request.target() == null) {
            throw new InvalidInputException("body", "names the source brick and its target");
        }
        if (request.source().equals(request.target())) {
            throw new InvalidInputException("target", "differs from the source");
        }
        return Catalog.VOLUME_REPLACE_BRICK.build(List.of(VolumeCommands.checkedName(volume)),
                Map.of("source", request.source(), "target", request.target()));
    }

    /** One step of the remove-brick lifecycle: start, status, stop, commit or force. */
    public static GlusterCommand remove(String volume, RemoveBricksRequest request, String step) {
        if (request == null) {
            throw new InvalidInputException("body", "names the bricks being removed");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        if (request.replica() != null) {
            named.put("replica", request.replica());
        }
        named.put("bricks", bricks(request.bricks()));
        named.put("action", step);
        return Catalog.VOLUME_REMOVE_BRICK.build(List.of(VolumeCommands.checkedName(volume)), named);
    }

    private static List<String> bricks(List<String> bricks) {
        if (bricks == null || bricks.isEmpty() || bricks.size() > MAX_BRICKS) {
            throw new InvalidInputException("bricks", "names 1 to " + MAX_BRICKS + " bricks as host:/path");
        }
        if (bricks.stream().distinct().count() != bricks.size()) {
            throw new InvalidInputException("bricks", "names each brick once");
        }
        return bricks;
    }
}
