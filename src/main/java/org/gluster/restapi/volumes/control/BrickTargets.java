package org.gluster.restapi.volumes.control;

import static org.gluster.restapi.commands.catalog.CommandTarget.mutate;
import static org.gluster.restapi.commands.catalog.Param.choice;
import static org.gluster.restapi.commands.catalog.Param.value;
import static org.gluster.restapi.commands.catalog.Param.words;
import static org.gluster.restapi.commands.catalog.Params.ARBITER;
import static org.gluster.restapi.commands.catalog.Params.BRICK;
import static org.gluster.restapi.commands.catalog.Params.BRICKS;
import static org.gluster.restapi.commands.catalog.Params.FORCE;
import static org.gluster.restapi.commands.catalog.Params.VOLUME_NAME;
import static org.gluster.restapi.commands.catalog.Slot.named;
import static org.gluster.restapi.commands.catalog.Slot.pos;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.Params;
import org.gluster.restapi.commands.catalog.Slot;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.volumes.entity.AddBricksRequest;
import org.gluster.restapi.volumes.entity.RemoveBricksRequest;
import org.gluster.restapi.volumes.entity.ReplaceBrickRequest;

/** The brick commands, declared once for both surfaces, and how a /v1 brick request becomes one. */
@ApplicationScoped
public class BrickTargets implements CommandFamily {

    public static final CommandTarget ADD = mutate("volume-add-brick", "add bricks to a volume",
            Slot.words("volume", "add-brick"), pos(VOLUME_NAME), named(Params.replica(1)), named(ARBITER),
            named(BRICKS), named(FORCE)).rule(Params.ARBITER_NEEDS_REPLICA_3);
    public static final CommandTarget REMOVE = mutate("volume-remove-brick",
            "remove bricks: start, status, stop, commit or force", Slot.words("volume", "remove-brick"),
            pos(VOLUME_NAME), named(Params.replica(1)), named(BRICKS),
            named(choice("action", words("start", "status", "stop", "commit", "force"), "the step").mandatory()))
            .readingWith("status");
    public static final CommandTarget REPLACE = mutate("volume-replace-brick", "replace a brick (commit force)",
            Slot.words("volume", "replace-brick"), pos(VOLUME_NAME),
            named(value("source", BRICK, "the brick to replace").mandatory()),
            named(value("target", BRICK, "the new brick").mandatory()), new Slot.Word("commit"), new Slot.Word("force"))
            .rule(named -> {
                if (named.get("source") != null && named.get("source").equals(named.get("target"))) {
                    throw new InvalidInputException("target", "differs from the source");
                }
            });

    @Override
    public List<CommandTarget> targets() {
        return List.of(ADD, REMOVE, REPLACE);
    }

    public static GlusterCommand add(String volume, AddBricksRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "names the bricks to add");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("replica", request.replica());
        named.put("arbiter", request.arbiter());
        named.put("bricks", request.bricks());
        named.put("force", Boolean.TRUE.equals(request.force()));
        return ADD.on(volume, named);
    }

    public static GlusterCommand replace(String volume, ReplaceBrickRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "names the source brick and its target");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("source", request.source());
        named.put("target", request.target());
        return REPLACE.on(volume, named);
    }

    /** One step of the remove-brick lifecycle: start, status, stop, commit or force. */
    public static GlusterCommand remove(String volume, RemoveBricksRequest request, String step) {
        if (request == null) {
            throw new InvalidInputException("body", "names the bricks being removed");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("replica", request.replica());
        named.put("bricks", request.bricks());
        named.put("action", step);
        return REMOVE.on(volume, named);
    }
}
