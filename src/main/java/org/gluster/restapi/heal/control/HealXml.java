package org.gluster.restapi.heal.control;

import java.util.List;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.heal.entity.BrickHealInfo;
import org.gluster.restapi.heal.entity.BrickHealSummary;
import org.gluster.restapi.heal.entity.HealEntry;

/** Maps the {@code <healInfo>} of {@code volume heal VOL info [split-brain|summary]}. */
public final class HealXml {

    private static final String CONNECTED = "Connected";
    private static final String UNKNOWN = "-";

    private HealXml() {
    }

    /** {@code heal info} and {@code heal info split-brain}. */
    public static List<BrickHealInfo> info(XmlNode cliOutput) {
        return bricks(cliOutput).stream().map(b -> {
            String name = b.text("name");
            return new BrickHealInfo(name, host(name), path(name), hostUuid(b), b.text("status"),
                    CONNECTED.equals(b.text("status")), b.longValue("numberOfEntries").orElse(null),
                    b.children("file").stream().map(f -> new HealEntry(f.text(), f.attribute("gfid"))).toList());
        }).toList();
    }

    public static List<BrickHealSummary> summary(XmlNode cliOutput) {
        return bricks(cliOutput).stream().map(b -> {
            String name = b.text("name");
            return new BrickHealSummary(name, host(name), path(name), hostUuid(b), b.text("status"),
                    CONNECTED.equals(b.text("status")), b.longValue("totalNumberOfEntries").orElse(null),
                    b.longValue("numberOfEntriesInHealPending").orElse(null),
                    b.longValue("numberOfEntriesInSplitBrain").orElse(null),
                    b.longValue("numberOfEntriesPossiblyHealing").orElse(null));
        }).toList();
    }

    private static List<XmlNode> bricks(XmlNode cliOutput) {
        return cliOutput.path("healInfo", "bricks").children("brick");
    }

    private static String hostUuid(XmlNode brick) {
        String uuid = brick.attribute("hostUuid");
        return uuid.isEmpty() || UNKNOWN.equals(uuid) ? null : uuid;
    }

    private static String host(String brick) {
        int colon = brick.indexOf(":/");
        return colon > 0 ? brick.substring(0, colon) : null;
    }

    private static String path(String brick) {
        int colon = brick.indexOf(":/");
        return colon > 0 ? brick.substring(colon + 1) : null;
    }
}
