package org.gluster.restapi.volumes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gluster.restapi.volumes.entity.AddBricksRequest;
import org.gluster.restapi.volumes.entity.BrickState;
import org.gluster.restapi.volumes.entity.RemoveBricksRequest;
import org.gluster.restapi.volumes.entity.ReplaceBrickRequest;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.jobs.control.Resumable;
import org.gluster.restapi.jobs.control.Work;
import org.gluster.restapi.tasks.control.TaskRuns;
import org.gluster.restapi.tasks.entity.TaskStatus;
import org.gluster.restapi.volumes.entity.Brick;
import org.gluster.restapi.volumes.entity.BrickStatus;
import org.gluster.restapi.volumes.entity.Volume;
import org.gluster.restapi.paging.Page;
import org.gluster.restapi.paging.PageRequest;
import org.gluster.restapi.paging.Paging;
import org.gluster.restapi.paging.Pattern;

/** The bricks of a volume as volume info lists them, with their processes from volume status when it runs. */
@ApplicationScoped
public class Bricks {

    @Inject
    CommandFacade facade;

    @Inject
    Volumes volumes;

    @Inject
    TaskRuns tasks;

    public List<BrickState> list(String name, boolean detail) {
        var status = VolumeTargets.status(name, detail);
        Volume volume = volumes.get(name);
        Map<String, BrickStatus> live = !"Started".equals(volume.status()) ? Map.of()
                : VolumeXml.statuses(facade.execute(status).xml()).stream().findFirst()
                .map(s -> s.bricks().stream().collect(Collectors.toMap(b -> b.host() + ":" + b.path(),
                        Function.identity(), (a, b) -> a))).orElse(Map.of());
        return volume.bricks().stream().map(b -> state(b, live.get(b.host() + ":" + b.path()))).toList();
    }

    /** The bricks that pass {@code host} (one *) and {@code online}, paged in the volume's order. */
    public Page<BrickState> page(String name, boolean detail, String host, String online, PageRequest request) {
        Pattern onHost = host == null ? null : Pattern.of("host", host);
        Boolean up = Paging.flag("online", online);
        return Page.inOrder(list(name, detail), b -> (onHost == null || onHost.matches(b.host()))
                && (up == null || up == b.online()), request);
    }

    public Supplier<Volume> add(String name, AddBricksRequest request) {
        var add = BrickTargets.add(name, request);
        return () -> {
            facade.execute(add);
            return volumes.get(name);
        };
    }

    /** Validated now; {@code follow} polls the removal until every node is done. */
    public Work startRemoval(String name, RemoveBricksRequest request, boolean follow) {
        var start = BrickTargets.remove(name, request, "start");
        var status = BrickTargets.remove(name, request, "status");
        return follow ? new Resumable(BrickRemovalJobs.KIND, BrickRemovalJobs.params(name, request),
                tasks.startAndFollow(removalOf(name), start, status)) : tasks.startNow(start, status);
    }

    /** Follows a removal that runs already (a restarted gateway's job). */
    public Work followRemoval(String name, RemoveBricksRequest request) {
        return tasks.follow(removalOf(name), BrickTargets.remove(name, request, "status"));
    }

    private static String removalOf(String name) {
        return "brick removal from " + name;
    }

    public TaskStatus removal(String name, List<String> removed) {
        return tasks.status(BrickTargets.remove(name, new RemoveBricksRequest(removed, null), "status"));
    }

    public TaskStatus stopRemoval(String name, RemoveBricksRequest request) {
        return tasks.status(BrickTargets.remove(name, request, "stop"));
    }

    public Volume finishRemoval(String name, RemoveBricksRequest request, String step) {
        facade.execute(BrickTargets.remove(name, request, step));
        return volumes.get(name);
    }

    public Volume replace(String name, ReplaceBrickRequest request) {
        facade.execute(BrickTargets.replace(name, request));
        return volumes.get(name);
    }

    private static BrickState state(Brick brick, BrickStatus live) {
        boolean online = live != null && live.online();
        return new BrickState(brick.name(), brick.host(), brick.path(), brick.arbiter(), online,
                online ? live.port() : null, online ? live.pid() : null,
                live == null ? null : live.sizeTotal(), live == null ? null : live.sizeFree());
    }
}
