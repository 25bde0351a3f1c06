package org.gluster.restapi.volumes.control;

import static java.util.stream.Collectors.toMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.ws.rs.NotFoundException;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.cli.CliFailure;
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

    public List<Volume> list(boolean withStatus) {
        List<Volume> volumes = VolumeXml.volumes(facade.execute(VolumeCommands.infoAll()).xml());
        if (!withStatus || volumes.stream().noneMatch(v -> "Started".equals(v.status()))) {
            return volumes;
        }
        Map<String, VolumeStatus> live = VolumeXml.statuses(facade.execute(VolumeCommands.statusAll()).xml())
                .stream().collect(toMap(VolumeStatus::name, Function.identity(), (a, b) -> a));
        return volumes.stream().map(v -> v.withLive(live.get(v.name()))).toList();
    }

    public Volume get(String name) {
        return VolumeXml.volumes(facade.execute(VolumeCommands.info(name)).xml()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("volume " + name + " does not exist"));
    }

    public Volume create(VolumeCreateRequest request) {
        var create = VolumeCommands.create(request);
        var setOptions = request.options() == null || request.options().isEmpty() ? null
                : VolumeCommands.setOptions(request.name(), request.options());
        facade.execute(create);
        if (setOptions != null) {
            try {
                facade.execute(setOptions);
            } catch (RuntimeException refused) {
                removeQuietly(request.name());
                throw refused;
            }
        }
        return get(request.name());
    }

    private void removeQuietly(String name) {
        try {
            facade.execute(VolumeCommands.delete(name));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "volume {0} was created but its options were refused, and it could not be"
                    + " removed again: {1}", new Object[]{name, e.getMessage()});
        }
    }

    public void delete(String name) {
        facade.execute(VolumeCommands.delete(name));
    }

    /** Validated now; the returned work starts the volume and answers it (see the jobs package). */
    public Supplier<Volume> start(String name, ForceRequest request) {
        var start = VolumeCommands.start(name, ForceRequest.force(request));
        return () -> {
            facade.execute(start);
            return get(name);
        };
    }

    public Supplier<Volume> stop(String name, ForceRequest request) {
        var stop = VolumeCommands.stop(name, ForceRequest.force(request));
        return () -> {
            facade.execute(stop);
            return get(name);
        };
    }

    public Supplier<Volume> restart(String name, ForceRequest request) {
        boolean force = ForceRequest.force(request);
        var stop = VolumeCommands.stop(name, force);
        var start = VolumeCommands.start(name, force);
        return () -> {
            facade.execute(stop);
            facade.execute(start);
            return get(name);
        };
    }

    public VolumeStatus status(String name) {
        return VolumeXml.statuses(facade.execute(VolumeCommands.status(name)).xml()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("volume " + name + " does not exist"));
    }

    public List<VolumeOption> options(String name) {
        return VolumeXml.options(facade.execute(VolumeCommands.getOptions(name)).xml());
    }

    public VolumeOption option(String name, String key) {
        var command = VolumeCommands.getOption(name, key);
        try {
            return VolumeXml.options(facade.execute(command).xml()).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("option " + key + " does not exist"));
        } catch (CliFailedException e) {
            throw e.opErrstr().contains("Did you mean") ? e.as(CliFailure.NOT_FOUND) : e;
        }
    }

    public void setOptions(String name, OptionsRequest request) {
        facade.execute(VolumeCommands.setOptions(name, request == null ? null : request.options()));
    }

    public void resetOption(String name, String key) {
        facade.execute(VolumeCommands.resetOption(name, key));
    }

    public void resetOptions(String name) {
        facade.execute(VolumeCommands.resetOptions(name));
    }
}
