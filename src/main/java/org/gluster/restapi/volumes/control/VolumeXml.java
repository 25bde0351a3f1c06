package org.gluster.restapi.volumes.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.volumes.entity.Brick;
import org.gluster.restapi.volumes.entity.BrickStatus;
import org.gluster.restapi.volumes.entity.DaemonStatus;
import org.gluster.restapi.volumes.entity.Volume;
import org.gluster.restapi.volumes.entity.VolumeOption;
import org.gluster.restapi.volumes.entity.VolumeStatus;

/** Maps the {@code <cliOutput>} of volume commands to records. */
public final class VolumeXml {

    private static final String DEFAULT_MARK = "(DEFAULT)";
    private static final List<String> TRANSPORTS = List.of("tcp", "rdma", "tcp,rdma");

    private VolumeXml() {
    }

    public static List<Volume> volumes(XmlNode cliOutput) {
        return cliOutput.path("volInfo", "volumes").children("volume").stream().map(VolumeXml::volume).toList();
    }

    static Volume volume(XmlNode v) {
        Map<String, String> options = new LinkedHashMap<>();
        for (XmlNode option : v.path("options").children("option")) {
            options.put(option.text("name"), option.text("value"));
        }
        int transport = v.intValue("transport", 0);
        return new Volume(v.text("name"), v.text("id"), v.text("statusStr"), v.text("typeStr"),
                transport >= 0 && transport < TRANSPORTS.size() ? TRANSPORTS.get(transport) : String.valueOf(transport),
                v.intValue("brickCount", 0), v.intValue("distCount", 0), v.intValue("replicaCount", 0),
                v.intValue("arbiterCount", 0), v.intValue("disperseCount", 0), v.intValue("redundancyCount", 0),
                v.intValue("snapshotCount", 0), v.path("bricks").children("brick").stream().map(VolumeXml::brick)
                .toList(), Collections.unmodifiableMap(options), null);
    }

    private static Brick brick(XmlNode b) {
        String name = b.text("name").isEmpty() ? b.ownText() : b.text("name");
        int colon = name.indexOf(":/");
        return new Brick(name, colon > 0 ? name.substring(0, colon) : "", colon > 0 ? name.substring(colon + 1) : name,
                b.text("hostUuid").isEmpty() ? b.attribute("uuid") : b.text("hostUuid"), b.flag("isArbiter"));
    }

    public static List<VolumeStatus> statuses(XmlNode cliOutput) {
        return cliOutput.path("volStatus", "volumes").children("volume").stream().map(VolumeXml::status).toList();
    }

    private static VolumeStatus status(XmlNode v) {
        List<XmlNode> nodes = v.children("node");
        List<BrickStatus> bricks = nodes.stream().filter(n -> n.text("path").startsWith("/"))
                .map(VolumeXml::brickStatus).toList();
        List<DaemonStatus> daemons = nodes.stream().filter(n -> !n.text("path").startsWith("/"))
                .map(n -> new DaemonStatus(n.text("hostname"), n.text("path"), n.text("peerid"), n.flag("status"),
                        positive(n, "pid")))
                .toList();
        return new VolumeStatus(v.text("volName"), bricks, daemons);
    }

    private static BrickStatus brickStatus(XmlNode n) {
        Long port = positive(n, "port");
        return new BrickStatus(n.text("hostname"), n.text("path"), n.text("peerid"), n.flag("status"),
                port == null ? null : port.intValue(), positive(n, "pid"), n.longValue("sizeTotal").orElse(null),
                n.longValue("sizeFree").orElse(null), blankToNull(n.text("device")),
                n.longValue("blockSize").orElse(null), blankToNull(n.text("mntOptions")),
                blankToNull(n.text("fsName")), n.longValue("inodesTotal").orElse(null),
                n.longValue("inodesFree").orElse(null));
    }

    public static List<VolumeOption> options(XmlNode cliOutput) {
        return cliOutput.path("volGetopts").children("Opt").stream().map(o -> {
            String value = o.text("Value");
            // an empty default is printed " (DEFAULT)", which reads as "(DEFAULT)" once stripped
            boolean isDefault = value.equals(DEFAULT_MARK) || value.endsWith(" " + DEFAULT_MARK);
            return new VolumeOption(o.text("Option"),
                    isDefault ? value.substring(0, value.length() - DEFAULT_MARK.length()).stripTrailing() : value,
                    isDefault);
        }).toList();
    }

    private static Long positive(XmlNode node, String child) {
        return node.longValue(child).filter(n -> n > 0).orElse(null);
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
