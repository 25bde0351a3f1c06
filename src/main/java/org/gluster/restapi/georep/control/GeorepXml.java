package org.gluster.restapi.georep.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.cli.CliFailure;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.georep.entity.GeorepConfig;
import org.gluster.restapi.georep.entity.GeorepPair;
import org.gluster.restapi.georep.entity.GeorepSession;

/** Maps {@code geo-replication … status detail}, {@code … config} and a volume's bricks from {@code volume info}. */
public final class GeorepXml {

    private static final String NA = "N/A";
    private static final String NO_SESSION = "no such geo-replication session";

    /** A brick of the primary volume: its node's name and UUID, its path. */
    record Brick(String host, String uuid, String path) {
    }

    private GeorepXml() {
    }

    /** The sessions of {@code primary}, each pair as GlusterFS reports it. */
    public static List<GeorepSession> sessions(XmlNode cliOutput, String primary) {
        List<GeorepSession> sessions = new ArrayList<>();
        for (XmlNode volume : cliOutput.child("geoRep").children("volume")) {
            if (!primary.equals(volume.text("name"))) {
                continue;
            }
            for (XmlNode session : volume.path("sessions").children("session")) {
                sessions.add(session(primary, session));
            }
        }
        return sessions;
    }

    private static GeorepSession session(String primary, XmlNode session) {
        String described = session.text("session_secondary");
        int scheme = described.indexOf("ssh://");
        String rest = scheme < 0 ? described : described.substring(scheme + "ssh://".length());
        int idAt = rest.lastIndexOf(':');
        String volumeId = idAt > rest.indexOf("::") + 1 ? rest.substring(idAt + 1) : null;
        String secondary = volumeId == null ? rest : rest.substring(0, idAt);
        int split = secondary.indexOf("::");
        String address = split < 0 ? secondary : secondary.substring(0, split);
        int at = address.indexOf('@');
        List<GeorepPair> pairs = session.children("pair").stream().map(GeorepXml::pair).toList();
        return new GeorepSession(primary, address.substring(at + 1), split < 0 ? "" : secondary.substring(split + 2),
                at < 0 ? Secondary.ROOT : address.substring(0, at), secondary, volumeId, summary(pairs), pairs);
    }

    /** A pair's secondary is {@code ssh://s1::svol} when the status names no secondary, {@code s1::svol} else. */
    private static GeorepPair pair(XmlNode p) {
        String status = p.text("status");
        return new GeorepPair(p.text("primary_node"), p.text("primary_brick"), known(p.text("primary_node_uuid")),
                known(p.text("secondary_user")), known(p.text("secondary").replaceFirst("^ssh://", "")),
                known(p.text("secondary_node")),
                status.endsWith("...") ? status.substring(0, status.length() - 3) : status,
                known(p.text("crawl_status")), known(p.text("last_synced")), p.longValue("entry").orElse(null),
                p.longValue("data").orElse(null), p.longValue("meta").orElse(null),
                p.longValue("failures").orElse(null), known(p.text("checkpoint_time")),
                yesNo(p.text("checkpoint_completed")), known(p.text("checkpoint_completion_time")));
    }

    /** {@code status --xml} of no session: plain "geo-replication command failed", exit 2, read as a 404. */
    public static boolean noSession(CliFailedException e) {
        return e.kind() == CliFailure.NOT_FOUND && e.opErrstr().startsWith(NO_SESSION);
    }

    /** The session's status: Faulty if any pair is, else Active, else Initializing, else the first pair's. */
    static String summary(List<GeorepPair> pairs) {
        List<String> statuses = pairs.stream().map(GeorepPair::status).toList();
        for (String dominant : List.of("Faulty", "Active", "Initializing")) {
            if (statuses.contains(dominant)) {
                return dominant;
            }
        }
        return statuses.stream().filter(s -> !"Offline".equals(s)).findFirst()
                .orElse(statuses.isEmpty() ? "Offline" : statuses.get(0));
    }

    /** The session with a pair marked Offline for each brick of the volume that no node reported. */
    static GeorepSession withOffline(GeorepSession session, List<Brick> bricks) {
        List<GeorepPair> pairs = new ArrayList<>(session.pairs());
        for (Brick brick : bricks) {
            boolean reported = session.pairs().stream().anyMatch(p -> brick.path().equals(p.primaryBrick())
                    && (brick.uuid().equals(p.primaryNodeUuid()) || brick.host().equals(p.primaryNode())));
            if (!reported) {
                pairs.add(GeorepPair.offline(brick.host(), brick.path(), session.secondaryUser(), session.secondary()));
            }
        }
        return pairs.size() == session.pairs().size() ? session : new GeorepSession(session.primaryVolume(),
                session.secondaryHost(), session.secondaryVolume(), session.secondaryUser(), session.secondary(),
                session.secondaryVolumeId(), summary(pairs), List.copyOf(pairs));
    }

    /** The bricks of the one volume of {@code volume info VOL}. */
    static List<Brick> bricks(XmlNode cliOutput) {
        return cliOutput.path("volInfo", "volumes", "volume", "bricks").children("brick").stream().map(b -> {
            String name = b.text("name").isEmpty() ? b.ownText() : b.text("name");
            int colon = name.indexOf(":/");
            return new Brick(colon < 0 ? name : name.substring(0, colon), b.text("hostUuid"),
                    colon < 0 ? "" : name.substring(colon + 1));
        }).toList();
    }

    /** {@code config}: every option by the name {@code config} takes, typed as GlusterFS types it. */
    public static GeorepConfig config(XmlNode cliOutput) {
        JsonObjectBuilder options = Json.createObjectBuilder();
        XmlNode config = cliOutput.path("geoRep", "config");
        if (config.exists()) {
            for (org.w3c.dom.Node n = config.element().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof org.w3c.dom.Element e && !"message".equals(e.getTagName())) {
                    add(options, e.getTagName().replace('_', '-'), e.getTextContent().strip());
                }
            }
        }
        return new GeorepConfig(options.build());
    }

    private static void add(JsonObjectBuilder options, String key, String value) {
        String type = GeorepOptions.type(key);
        if ("bool".equals(type) && ("true".equals(value) || "false".equals(value))) {
            options.add(key, Boolean.parseBoolean(value));
            return;
        }
        if ("int".equals(type) && value.matches("-?\\d{1,18}")) {
            options.add(key, Long.parseLong(value));
            return;
        }
        options.add(key, value);
    }

    private static String known(String text) {
        return text.isEmpty() || NA.equals(text) ? null : text;
    }

    private static Boolean yesNo(String text) {
        return "Yes".equals(text) ? Boolean.TRUE : "No".equals(text) ? Boolean.FALSE : null;
    }
}
