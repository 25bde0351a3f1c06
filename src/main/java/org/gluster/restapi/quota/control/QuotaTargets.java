package org.gluster.restapi.quota.control;

import static org.gluster.restapi.commands.catalog.CommandTarget.mutate;
import static org.gluster.restapi.commands.catalog.Param.choice;
import static org.gluster.restapi.commands.catalog.Param.value;
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
import org.gluster.restapi.validation.GlusterNames;
import org.gluster.restapi.validation.InvalidInputException;

/** The quota command, for both surfaces: a limit needs a path and a size, a removal a path. */
@ApplicationScoped
public class QuotaTargets implements CommandFamily {

    public static final CommandTarget QUOTA = mutate("volume-quota", "quota: enable, disable, limit-usage, remove, list",
            Slot.words("volume", "quota"), pos(VOLUME_NAME),
            named(choice("action", words("enable", "disable", "limit-usage", "remove", "list"), "what to do")
                    .mandatory()),
            named(value("path", GlusterNames::volumePath, "a directory of the volume")),
            named(value("size", GlusterNames::size, "hard limit")),
            named(value("softLimit", GlusterNames::percent, "soft limit, percent of the hard limit")))
            .readingWith("list").rule(QuotaTargets::pathAndSizeWhereNeeded);

    @Override
    public List<CommandTarget> targets() {
        return List.of(QUOTA);
    }

    private static void pathAndSizeWhereNeeded(Map<String, ?> named) {
        Object action = named.get("action");
        if (("limit-usage".equals(action) || "remove".equals(action)) && named.get("path") == null) {
            throw new InvalidInputException("path", "is required to " + action);
        }
        if ("limit-usage".equals(action) && named.get("size") == null) {
            throw new InvalidInputException("size", "is required to " + action);
        }
    }
}
