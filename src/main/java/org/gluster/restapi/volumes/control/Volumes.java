package org.gluster.restapi.volumes.control;

import static java.util.stream.Collectors.toUnmodifiableMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gluster.restapi.problems.NotFoundException;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.cli.Parsed;
import org.gluster.restapi.cli.Unconfirmed;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.volumes.entity.ForceRequest;
import org.gluster.restapi.volumes.entity.OptionsRequest;
import org.gluster.restapi.volumes.entity.Volume;
import org.gluster.restapi.volumes.entity.VolumeCreateRequest;
import org.gluster.restapi.volumes.entity.VolumeOption;
import org.gluster.restapi.volumes.entity.VolumeStatus;

/** Volume operations: each one validated, then run through the command façade, then read into records. */
@ApplicationScoped
public class Volumes {

    private static final Logger LOG = Logger.getLogger(Volumes.class.getName());

    @Inject
    CommandFacade facade;

    private final Parsed<List<Volume>> all = new Parsed<>(VolumeXml::volumes);
    private final Parsed<Map<String, VolumeStatus>> allLive = new Parsed<>(xml -> VolumeXml.statuses(xml).stream()
            .collect(toUnmodifiableMap(VolumeStatus::name, Function.identity(), (a, b) -> a)));

    public List<Volume> list(boolean withStatus) {
        List<Volume> volumes = all.of(facade.execute(VolumeTargets.INFO.on("all", Map.of())));
        if (!withStatus || volumes.stream().noneMatch(v -> "Started".equals(v.status()))) {
            return volumes;
        }
        Map<String, VolumeStatus> live = allLive.of(facade.execute(VolumeTargets.STATUS.on("all", Map.of("detail", "detail"))));
        return volumes.stream().map(v -> v.withLive(live.get(v.name()))).toList();
    }

    public Volume get(String name) {
        return VolumeXml.volumes(facade.execute(VolumeTargets.info(name)).xml()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("volume " + name + " does not exist"));
    }

    public Volume create(VolumeCreateRequest request) {
        var create = VolumeTargets.create(request);
        var setOptions = request.options() == null || request.options().isEmpty() ? null
                : VolumeTargets.setOptions(request.name(), request.options());
        facade.execute(create);
        if (setOptions != null) {
            try {
                facade.execute(setOptions);
            } catch (RuntimeException refused) {
                removeQuietly(request.name());
                throw refused;
            }
        }
        return readAfter(request.name(), "the creation");
    }

    private void removeQuietly(String name) {
        try {
            facade.execute(VolumeTargets.DELETE.on(name, Map.of()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "volume {0} was created but its options were refused, and it could not be"
                    + " removed again: {1}", new Object[]{name, e.getMessage()});
        }
    }

    public void delete(String name) {
        facade.execute(VolumeTargets.DELETE.on(name, Map.of()));
    }

    /** Validated now; the returned work starts the volume and answers it (see the jobs package). */
    public Supplier<Volume> start(String name, ForceRequest request) {
        var start = VolumeTargets.START.on(name, Map.of("force", ForceRequest.force(request)));
        return () -> {
            facade.execute(start);
            return readAfter(name, "the start");
        };
    }

    /**
     * The volume as it is after a change that succeeded: when glusterd stops answering in between (unavailable, the
     * read timed out, or its answer unreadable), the failure says that the change was made, so that nobody reads it
     * as "nothing happened".
     */
    private Volume readAfter(String name, String change) {
        try {
            return get(name);
        } catch (RuntimeException e) {
            throw Unconfirmed.afterMade(e, change + " of " + name + " succeeded, but reading the volume afterwards"
                    + " failed: ");
        }
    }

    public Supplier<Volume> stop(String name, ForceRequest request) {
        var stop = VolumeTargets.STOP.on(name, Map.of("force", ForceRequest.force(request)));
        return () -> {
            facade.execute(stop);
            return readAfter(name, "the stop");
        };
    }

    public Supplier<Volume> restart(String name, ForceRequest request) {
        boolean force = ForceRequest.force(request);
        var stop = VolumeTargets.STOP.on(name, Map.of("force", force));
        var start = VolumeTargets.START.on(name, Map.of("force", force));
        return () -> {
            facade.execute(stop);
            facade.execute(start);
            return readAfter(name, "the restart");
        };
    }

    public VolumeStatus status(String name) {
        return VolumeXml.statuses(facade.execute(VolumeTargets.status(name, true)).xml()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("volume " + name + " does not exist"));
    }

    public List<VolumeOption> options(String name) {
        return VolumeXml.options(facade.execute(VolumeTargets.GET.build(Arrays.asList(name, "all"), Map.of())).xml());
    }

    public VolumeOption option(String name, String key) {
        var command = VolumeTargets.getOption(name, key);
        try {
            return VolumeXml.options(facade.execute(command).xml()).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("option " + key + " does not exist"));
        } catch (CliFailedException e) {
            if (e.opErrstr().contains("Did you mean")) {
                throw new NotFoundException("option " + key + " does not exist: " + e.opErrstr());
            }
            throw e;
        }
    }

    public void setOptions(String name, OptionsRequest request) {
        facade.execute(VolumeTargets.setOptions(name, request == null ? null : request.options()));
    }

    public void resetOption(String name, String key) {
        facade.execute(VolumeTargets.RESET.build(Arrays.asList(name, key), Map.of()));
    }

    public void resetOptions(String name) {
        facade.execute(VolumeTargets.RESET.on(name, Map.of()));
    }
}
