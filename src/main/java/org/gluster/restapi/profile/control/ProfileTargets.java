package org.gluster.restapi.profile.control;

import static org.gluster.restapi.commands.catalog.CommandTarget.mutate;
import static org.gluster.restapi.commands.catalog.CommandTarget.read;
import static org.gluster.restapi.commands.catalog.Param.choice;
import static org.gluster.restapi.commands.catalog.Param.keyword;
import static org.gluster.restapi.commands.catalog.Param.words;
import static org.gluster.restapi.commands.catalog.Params.VOLUME_NAME;
import static org.gluster.restapi.commands.catalog.Slot.named;
import static org.gluster.restapi.commands.catalog.Slot.pos;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.gluster.restapi.commands.catalog.Check;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.Slot;
import org.gluster.restapi.validation.GlusterNames;

/** Profiling and top, for both surfaces. */
@ApplicationScoped
public class ProfileTargets implements CommandFamily {

    private static final Check SMALL_COUNT = (field, v) -> GlusterNames.count(field, v, 1, 1_000_000);

    public static final CommandTarget PROFILE = mutate("volume-profile", "profiling: start, stop, info",
            Slot.words("volume", "profile"), pos(VOLUME_NAME),
            named(choice("action", words("start", "stop", "info"), "what to do").mandatory())).readingWith("info");
    public static final CommandTarget TOP = read("volume-top", "top: the busiest files of a volume",
            Slot.words("volume", "top"), pos(VOLUME_NAME),
            named(choice("metric", words("read", "write", "open", "opendir", "readdir", "read-perf", "write-perf"),
                    "what to rank").mandatory()),
            named(keyword("brick", "brick", GlusterNames::brick, "only this brick")),
            named(keyword("bs", "bs", SMALL_COUNT, "block size for read-perf/write-perf")),
            named(keyword("count", "count", SMALL_COUNT, "block count for read-perf/write-perf")),
            named(keyword("listCount", "list-cnt", SMALL_COUNT, "how many entries"))).liveState();

    @Override
    public List<CommandTarget> targets() {
        return List.of(PROFILE, TOP);
    }
}
