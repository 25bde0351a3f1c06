package org.gluster.restapi.rebalance.control;

import static org.gluster.restapi.commands.catalog.CommandTarget.mutate;
import static org.gluster.restapi.commands.catalog.Param.choice;
import static org.gluster.restapi.commands.catalog.Param.words;
import static org.gluster.restapi.commands.catalog.Params.FORCE;
import static org.gluster.restapi.commands.catalog.Params.VOLUME_NAME;
import static org.gluster.restapi.commands.catalog.Slot.named;
import static org.gluster.restapi.commands.catalog.Slot.pos;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.Slot;
import org.gluster.restapi.validation.InvalidInputException;

/** The rebalance command, for both surfaces: a fix-layout moves no data, so it takes no force. */
@ApplicationScoped
public class RebalanceTargets implements CommandFamily {

    public static final CommandTarget REBALANCE = mutate("volume-rebalance",
            "rebalance: start, fix-layout, stop or status", Slot.words("volume", "rebalance"), pos(VOLUME_NAME),
            named(choice("action", Map.of("start", List.of("start"), "fix-layout", List.of("fix-layout", "start"),
                    "stop", List.of("stop"), "status", List.of("status")), "the step").mandatory()), named(FORCE))
            .readingWith("status").rule(RebalanceTargets::noForcedFixLayout);

    @Override
    public List<CommandTarget> targets() {
        return List.of(REBALANCE);
    }

    private static void noForcedFixLayout(Map<String, ?> named) {
        if ("fix-layout".equals(named.get("action")) && Boolean.TRUE.equals(named.get("force"))) {
            throw new InvalidInputException("force", "does not go with fixLayout: a fix-layout moves no data");
        }
    }
}
