package org.gluster.restapi.snapshots.control;

import java.util.List;
import java.util.stream.Stream;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.snapshots.entity.SnapshotBrick;
import org.gluster.restapi.snapshots.entity.SnapshotStatus;

/**
 * Maps {@code snapshot status [NAME | volume VOL]}. GlusterFS 10 asks glusterd once per snapshot and
 * nests each answer in {@code <snapStatus><snapshots>}; older CLIs put them in {@code <snapStatus>}.
 */
public final class SnapshotStatusXml {

    private static final String NOT_AVAILABLE = "N/A";

    private SnapshotStatusXml() {
    }

    public static List<SnapshotStatus> statuses(XmlNode cliOutput) {
        XmlNode status = cliOutput.child("snapStatus");
        Stream<XmlNode> snapshots = Stream.concat(status.children("snapshot").stream(),
                status.path("snapshots").children("snapshot").stream());
        return snapshots.map(s -> new SnapshotStatus(s.text("name"), s.text("uuid"), s.children("volume").stream()
                        .flatMap(v -> v.children("brick").stream()).filter(b -> b.child("path").exists())
                        .map(SnapshotStatusXml::brick).toList()))
                .toList();
    }

    private static SnapshotBrick brick(XmlNode b) {
        String name = b.text("path");
        int colon = name.indexOf(":/");
        String running = b.text("brick_running");
        return new SnapshotBrick(name, colon > 0 ? name.substring(0, colon) : null,
                colon > 0 ? name.substring(colon + 1) : null, available(b.text("volumeGroup")),
                "Yes".equals(running) ? Boolean.TRUE : "No".equals(running) ? Boolean.FALSE : null,
                b.longValue("pid").filter(p -> p > 0).orElse(null), b.doubleValue("data_percentage").orElse(null),
                available(b.text("lvSize")));
    }

    private static String available(String text) {
        return text.isEmpty() || NOT_AVAILABLE.equals(text) ? null : text;
    }
}
