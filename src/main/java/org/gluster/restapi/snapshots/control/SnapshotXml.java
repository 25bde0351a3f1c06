package org.gluster.restapi.snapshots.control;

import java.util.List;
import java.util.stream.Stream;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.snapshots.entity.OriginVolume;
import org.gluster.restapi.snapshots.entity.Snapshot;
import org.gluster.restapi.snapshots.entity.SnapshotDeletion;
import org.gluster.restapi.snapshots.entity.SnapshotRef;
import org.gluster.restapi.snapshots.entity.SnapshotVolume;

/** Maps {@code snapshot list}, {@code snapshot info} and the answers of the commands that change snapshots. */
public final class SnapshotXml {

    private SnapshotXml() {
    }

    public static List<String> names(XmlNode cliOutput) {
        return cliOutput.child("snapList").children("snapshot").stream().map(XmlNode::text).toList();
    }

    /**
     * {@code snapshot info [NAME | volume VOL]}; asked by volume, the CLI names the origin volume once
     * for all snapshots, and each snapshot volume gets it here.
     */
    public static List<Snapshot> snapshots(XmlNode cliOutput) {
        XmlNode info = cliOutput.child("snapInfo");
        OriginVolume sharedOrigin = origin(info.child("originVolume"));
        return info.path("snapshots").children("snapshot").stream().map(s -> new Snapshot(s.text("name"),
                s.text("uuid"), blankToNull(s.text("description")), s.text("createTime"),
                s.children("snapVolume").stream().map(v -> {
                    OriginVolume own = origin(v.child("originVolume"));
                    return new SnapshotVolume(v.text("name"), v.text("status"), own != null ? own : sharedOrigin);
                }).toList())).toList();
    }

    /** The snapshot a create, restore, activate or deactivate acted on, the new volume of a clone; else null. */
    public static SnapshotRef reference(XmlNode cliOutput) {
        return Stream.of(cliOutput.path("snapCreate", "snapshot"), cliOutput.path("snapRestore", "snapshot"),
                        cliOutput.path("snapActivate", "snapshot"), cliOutput.path("snapDeactivate", "snapshot"),
                        cliOutput.path("CloneCreate", "volume"))
                .filter(XmlNode::exists).findFirst()
                .map(s -> new SnapshotRef(s.text("name"), blankToNull(s.text("uuid")))).orElse(null);
    }

    /** Each snapshot's result of {@code snapshot delete all | volume VOL | NAME}. */
    public static List<SnapshotDeletion> deletions(XmlNode cliOutput) {
        return cliOutput.path("snapDelete", "snapshots").children("snapshot").stream().map(s -> {
            boolean deleted = "Success".equals(s.text("status"));
            return new SnapshotDeletion(s.text("name"), blankToNull(s.text("uuid")), deleted,
                    deleted ? null : s.text("opErrstr"));
        }).toList();
    }

    private static OriginVolume origin(XmlNode o) {
        return o.exists() ? new OriginVolume(o.text("name"), o.intValue("snapCount", 0), o.intValue("snapRemaining", 0))
                : null;
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
