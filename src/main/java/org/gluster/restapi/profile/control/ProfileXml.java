package org.gluster.restapi.profile.control;

import java.util.List;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.profile.entity.BlockStat;
import org.gluster.restapi.profile.entity.BrickProfile;
import org.gluster.restapi.profile.entity.FopStat;
import org.gluster.restapi.profile.entity.ProfileStats;

/** Maps the {@code <volProfile>} of {@code volume profile VOL info [cumulative|incremental]}. */
public final class ProfileXml {

    private ProfileXml() {
    }

    public static List<BrickProfile> bricks(XmlNode cliOutput) {
        return cliOutput.child("volProfile").children("brick").stream()
                .map(b -> new BrickProfile(b.text("brickName"), stats(b.child("cumulativeStats")),
                        stats(b.child("intervalStats"))))
                .toList();
    }

    private static ProfileStats stats(XmlNode s) {
        if (!s.exists()) {
            return null;
        }
        List<BlockStat> blocks = s.path("blockStats").children("block").stream()
                .map(b -> new BlockStat(count(b, "size"), count(b, "reads"), count(b, "writes")))
                .filter(b -> b.reads() > 0 || b.writes() > 0)
                .toList();
        List<FopStat> fops = s.path("fopStats").children("fop").stream()
                .map(f -> new FopStat(f.text("name"), count(f, "hits"), latency(f, "avgLatency"),
                        latency(f, "minLatency"), latency(f, "maxLatency")))
                .toList();
        return new ProfileStats(count(s, "duration"), count(s, "totalRead"), count(s, "totalWrite"), blocks, fops);
    }

    private static long count(XmlNode n, String child) {
        return n.longValue(child).orElse(0L);
    }

    private static double latency(XmlNode n, String child) {
        return n.doubleValue(child).orElse(0.0);
    }
}
