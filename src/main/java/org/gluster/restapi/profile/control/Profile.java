package org.gluster.restapi.profile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.profile.entity.BrickProfile;
import org.gluster.restapi.profile.entity.BrickTop;

/** Profiling (per-brick FOP latencies and block sizes) and top (the busiest files), through the catalog. */
@ApplicationScoped
public class Profile {

    @Inject
    CommandFacade facade;

    public void profiling(String volume, boolean on) {
        facade.execute(ProfileTargets.PROFILE.on(volume,
                Map.of("action", on ? "start" : "stop")));
    }

    public List<BrickProfile> info(String volume) {
        return ProfileXml.bricks(facade.execute(ProfileTargets.PROFILE.on(volume,
                Map.of("action", "info"))).xml());
    }

    /** {@code blockSize} and {@code blocks} go with read-perf and write-perf. */
    public List<BrickTop> top(String volume, String metric, String brick, Integer listCount, Integer blockSize,
                              Integer blocks) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("metric", metric);
        putIfSet(named, "brick", brick);
        putIfSet(named, "listCount", listCount);
        putIfSet(named, "bs", blockSize);
        putIfSet(named, "count", blocks);
        return TopXml.bricks(facade.execute(ProfileTargets.TOP.on(volume,
                named)).xml());
    }

    private static void putIfSet(Map<String, Object> named, String name, Object value) {
        if (value != null) {
            named.put(name, value);
        }
    }
}
