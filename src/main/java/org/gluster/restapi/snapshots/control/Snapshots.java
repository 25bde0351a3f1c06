package org.gluster.restapi.snapshots.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gluster.restapi.problems.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.snapshots.entity.CloneRequest;
import org.gluster.restapi.snapshots.entity.Snapshot;
import org.gluster.restapi.snapshots.entity.SnapshotConfig;
import org.gluster.restapi.snapshots.entity.SnapshotRef;
import org.gluster.restapi.snapshots.entity.SnapshotRequest;
import org.gluster.restapi.snapshots.entity.SnapshotStatus;
import org.gluster.restapi.validation.GlusterNames;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * Snapshots through the catalog. They need bricks on LVM thin volumes; elsewhere every command
 * answers the CLI's own refusal ("LVM commands not found…"), which the gateway passes on as 409.
 */
@ApplicationScoped
public class Snapshots {

    @Inject
    CommandFacade facade;

    public List<Snapshot> list(String volume) {
        String origin = volume == null ? null : GlusterNames.volumeName("volume", volume);
        List<Snapshot> all = SnapshotXml.snapshots(facade.execute(SnapshotTargets.INFO.build(List.of(), Map.of()))
                .xml());
        return origin == null ? all : all.stream().filter(s -> s.volumes().stream()
                .anyMatch(v -> v.origin() != null && origin.equals(v.origin().name()))).toList();
    }

    public Snapshot get(String name) {
        return SnapshotXml.snapshots(facade.execute(SnapshotTargets.INFO.build(List.of(name), Map.of())).xml())
                .stream().findFirst().orElseThrow(() -> new NotFoundException("no snapshot " + name));
    }

    public SnapshotStatus status(String name) {
        return SnapshotStatusXml.statuses(facade.execute(SnapshotTargets.STATUS.build(List.of(name), Map.of())).xml())
                .stream().findFirst().orElseThrow(() -> new NotFoundException("no snapshot " + name));
    }

    public Snapshot create(SnapshotRequest request) {
        if (request == null || request.name() == null || request.volume() == null) {
            throw new InvalidInputException("body", "names the snapshot and its volume");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("no-timestamp", Boolean.TRUE.equals(request.noTimestamp()));
        if (request.description() != null) {
            named.put("description", request.description());
        }
        named.put("force", Boolean.TRUE.equals(request.force()));
        SnapshotRef made = reference(SnapshotTargets.CREATE.build(List.of(request.name(), request.volume()), named));
        return get(made.name());
    }

    public Snapshot step(String name, String step) {
        GlusterCommand command = switch (step) {
            case "activate" -> SnapshotTargets.ACTIVATE.build(List.of(name), Map.of());
            case "deactivate" -> SnapshotTargets.DEACTIVATE.build(List.of(name), Map.of());
            case "restore" -> SnapshotTargets.RESTORE.build(List.of(name), Map.of());
            default -> throw new InvalidInputException("step", "is activate, deactivate or restore");
        };
        facade.execute(command);
        return "restore".equals(step) ? null : get(name);
    }

    public SnapshotRef cloneOf(String name, CloneRequest request) {
        if (request == null || request.name() == null) {
            throw new InvalidInputException("name", "is required: the new volume's name");
        }
        return reference(SnapshotTargets.CLONE.build(List.of(request.name(), name), Map.of()));
    }

    public void delete(String name) {
        facade.execute(SnapshotTargets.DELETE.build(List.of(name), Map.of()));
    }

    public SnapshotConfig config(String volume) {
        List<String> positional = volume == null ? List.of() : List.of(volume);
        return SnapshotConfigXml.config(facade.execute(SnapshotTargets.CONFIG.build(positional, Map.of())).xml());
    }

    private SnapshotRef reference(GlusterCommand command) {
        return SnapshotXml.reference(facade.execute(command).xml());
    }
}
