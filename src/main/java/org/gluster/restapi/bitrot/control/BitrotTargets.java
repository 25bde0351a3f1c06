package org.gluster.restapi.bitrot.control;

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

/** Bitrot detection's command, for both surfaces; read as text (its XML mode prints nothing). */
@ApplicationScoped
public class BitrotTargets implements CommandFamily {

    public static final CommandTarget BITROT = mutate("volume-bitrot",
            "bitrot detection: enable, disable, scrub status/pause/resume/ondemand, throttle, frequency",
            Slot.words("volume", "bitrot"), pos(VOLUME_NAME),
            named(choice("action", Map.of("enable", List.of("enable"), "disable", List.of("disable"),
                    "scrub-status", List.of("scrub", "status"), "scrub-pause", List.of("scrub", "pause"),
                    "scrub-resume", List.of("scrub", "resume"), "scrub-ondemand", List.of("scrub", "ondemand")),
                    "what to do")),
            named(choice("scrubThrottle", Map.of("lazy", List.of("scrub-throttle", "lazy"),
                    "normal", List.of("scrub-throttle", "normal"), "aggressive", List.of("scrub-throttle", "aggressive")),
                    "scrubber speed")),
            named(choice("scrubFrequency", Map.of("hourly", List.of("scrub-frequency", "hourly"),
                    "daily", List.of("scrub-frequency", "daily"), "weekly", List.of("scrub-frequency", "weekly"),
                    "biweekly", List.of("scrub-frequency", "biweekly"),
                    "monthly", List.of("scrub-frequency", "monthly")), "how often to scrub")))
            .readingWith("scrub-status").readAsText();

    @Override
    public List<CommandTarget> targets() {
        return List.of(BITROT);
    }
}
