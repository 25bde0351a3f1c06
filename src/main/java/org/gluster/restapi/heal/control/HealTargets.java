package org.gluster.restapi.heal.control;

import static org.gluster.restapi.commands.catalog.CommandTarget.mutate;
import static org.gluster.restapi.commands.catalog.CommandTarget.read;
import static org.gluster.restapi.commands.catalog.Param.choice;
import static org.gluster.restapi.commands.catalog.Param.words;
import static org.gluster.restapi.commands.catalog.Params.VOLUME_NAME;
import static org.gluster.restapi.commands.catalog.Slot.named;
import static org.gluster.restapi.commands.catalog.Slot.pos;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.Slot;

/** Self-heal's command, for both surfaces; its info, summary, split-brain and statistics only read. */
@ApplicationScoped
public class HealTargets implements CommandFamily {

    public static final CommandTarget HEAL = mutate("volume-heal",
            "self-heal: launch (no action), full, info, summary, split-brain, statistics, enable, disable",
            Slot.words("volume", "heal"), pos(VOLUME_NAME),
            named(choice("action", Map.of("full", List.of("full"), "info", List.of("info"),
                    "info-summary", List.of("info", "summary"), "info-split-brain", List.of("info", "split-brain"),
                    "statistics", List.of("statistics"), "statistics-heal-count", List.of("statistics", "heal-count"),
                    "enable", List.of("enable"), "disable", List.of("disable")), "what to do")))
            .readingWith("info", "info-summary", "info-split-brain", "statistics", "statistics-heal-count");

    @Override
    public List<CommandTarget> targets() {
        return List.of(HEAL);
    }
}
