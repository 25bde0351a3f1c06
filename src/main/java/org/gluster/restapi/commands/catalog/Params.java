package org.gluster.restapi.commands.catalog;

import static org.gluster.restapi.commands.catalog.Param.flag;
import static org.gluster.restapi.commands.catalog.Param.keyword;
import static org.gluster.restapi.commands.catalog.Param.value;
import static org.gluster.restapi.commands.catalog.Param.values;

import java.math.BigDecimal;
import org.gluster.restapi.validation.GlusterNames;
import org.gluster.restapi.validation.InvalidInputException;

/** The parameters and checks that many gluster commands share, declared once for every feature. */
public final class Params {

    public static final int MAX_BRICKS = 1024;

    public static final Check VOLUME = GlusterNames::volumeName;
    public static final Check HOST = GlusterNames::host;
    public static final Check BRICK = GlusterNames::brick;
    public static final Check KEY = GlusterNames::optionKey;
    public static final Check VALUE = GlusterNames::optionValue;
    public static final Check BRICK_COUNT = (field, v) -> GlusterNames.count(field, v, 1, MAX_BRICKS);

    public static final Param VOLUME_NAME = value("name", VOLUME, "the volume").mandatory();
    public static final Param FORCE = flag("force", "pass 'force'");
    public static final Param BRICKS = values("bricks", BRICK, "bricks as host:/path").mandatory().atMost(MAX_BRICKS)
            .eachOnce();
    public static final Param ARBITER = keyword("arbiter", "arbiter", (f, v) -> GlusterNames.count(f, v, 1, 1),
            "arbiter count (1, with replica 3)");

    /** An arbiter is the third brick of a replica set: {@code replica 3 arbiter 1}, nothing else. */
    public static final Rule ARBITER_NEEDS_REPLICA_3 = named -> {
        if (named.get("arbiter") != null && !isThree(named.get("replica"))) {
            throw new InvalidInputException("arbiter", "an arbiter goes with replica 3");
        }
    };

    private Params() {
    }

    public static Param replica(int least) {
        return keyword("replica", "replica", (f, v) -> GlusterNames.count(f, v, least, MAX_BRICKS),
                "replica count (" + least + " to " + MAX_BRICKS + ")");
    }

    private static boolean isThree(Object replica) {
        try {
            return replica != null && new BigDecimal(replica.toString()).compareTo(BigDecimal.valueOf(3)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

}
