package org.gluster.restapi.profile.control;

import java.util.List;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.profile.entity.BrickTop;
import org.gluster.restapi.profile.entity.TopEntry;

/** Maps the {@code <volTop>} of {@code volume top VOL open|read|write|opendir|readdir|read-perf|write-perf}. */
public final class TopXml {

    private static final String NOT_AVAILABLE = "N/A";

    private TopXml() {
    }

    public static List<BrickTop> bricks(XmlNode cliOutput) {
        return cliOutput.child("volTop").children("brick").stream().map(TopXml::brick).toList();
    }

    private static BrickTop brick(XmlNode b) {
        String maxOpenTime = b.text("maxOpenTime");
        return new BrickTop(b.text("name"), b.longValue("currentOpen").orElse(null),
                b.longValue("maxOpen").orElse(null),
                maxOpenTime.isEmpty() || NOT_AVAILABLE.equals(maxOpenTime) ? null : maxOpenTime,
                b.doubleValue("throughput").orElse(null), b.doubleValue("timeTaken").orElse(null),
                b.children("file").stream().map(f -> new TopEntry(f.text("filename"),
                        f.longValue("count").orElse(0L), f.text("time").isEmpty() ? null : f.text("time"))).toList());
    }
}
