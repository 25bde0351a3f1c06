package org.gluster.restapi.snapshots.control;

import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.snapshots.entity.SnapshotConfig;
import org.gluster.restapi.snapshots.entity.VolumeSnapshotConfig;

/** Maps {@code snapshot config [VOL]} (the display; a change answers only the values it set). */
public final class SnapshotConfigXml {

    private static final String ENABLE = "enable";

    private SnapshotConfigXml() {
    }

    public static SnapshotConfig config(XmlNode cliOutput) {
        XmlNode config = cliOutput.child("snapConfig");
        XmlNode system = config.child("systemConfig");
        return new SnapshotConfig(system.longValue("hardLimit").orElse(0L), percent(system.text("softLimit")),
                ENABLE.equals(system.text("autoDelete")), ENABLE.equals(system.text("activateOnCreate")),
                config.path("volumeConfig").children("volume").stream()
                        .map(v -> new VolumeSnapshotConfig(v.text("name"), v.longValue("hardLimit").orElse(0L),
                                v.longValue("effectiveHardLimit").orElse(0L), v.longValue("softLimit").orElse(0L)))
                        .toList());
    }

    /** "90%" as 90; the CLI always prints one. */
    private static int percent(String text) {
        try {
            return Integer.parseInt(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
