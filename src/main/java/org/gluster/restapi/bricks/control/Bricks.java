package org.gluster.restapi.bricks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gluster.restapi.bricks.entity.AddBricksRequest;
import org.gluster.restapi.bricks.entity.BrickState;
import org.gluster.restapi.bricks.entity.RemoveBricksRequest;
import org.gluster.restapi.bricks.entity.ReplaceBrickRequest;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.volumes.control.VolumeXml;
import org.gluster.restapi.volumes.control.Volumes;
import org.gluster.restapi.volumes.entity.Brick;
import org.gluster.restapi.volumes.entity.BrickStatus;
import org.gluster.restapi.volumes.entity.Volume;

/** The bricks of a volume as volume info lists them, with their processes from volume status when it runs. */
@ApplicationScoped
public class Bricks {

    @Inject
    CommandFacade facade;

    @Inject
    Volumes volumes;

    public List<BrickState> list(String name, boolean detail) {
        var status = BrickCommands.status(name, detail);
        Volume volume = volumes.get(name);
        Map<String, BrickStatus> live = !"Started".equals(volume.status()) ? Map.of()
                : VolumeXml.statuses(facade.execute(status).xml()).stream().findFirst()
                .map(s -> s.bricks().stream().collect(Collectors.toMap(b -> b.host() + ":" + b.path(),
                        Function.identity(), (a, b) -> a))).orElse(Map.of());
        return volume.bricks().stream().map(b -> state(b, live.get(b.host() + ":" + b.path()))).toList();
    }

    public Supplier<Volume> add(String name, AddBricksRequest request) {
        var add = BrickCommands.add(name, request);
        return () -> {
            facade.execute(add);
            return volumes.get(name);
        };
    }

    public Volume finishRemoval(String name, RemoveBricksRequest request, String step) {
        facade.execute(BrickCommands.remove(name, request, step));
        return volumes.get(name);
    }

    public Volume replace(String name, ReplaceBrickRequest request) {
        facade.execute(BrickCommands.replace(name, request));
        return volumes.get(name);
    }

    private static BrickState state(Brick brick, BrickStatus live) {
        boolean online = live != null && live.online();
        return new BrickState(brick.name(), brick.host(), brick.path(), brick.arbiter(), online,
                online ? live.port() : null, online ? live.pid() : null,
                live == null ? null : live.sizeTotal(), live == null ? null : live.sizeFree());
    }
}
