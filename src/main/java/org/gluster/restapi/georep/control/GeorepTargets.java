package org.gluster.restapi.georep.control;

import static org.gluster.restapi.commands.catalog.CommandTarget.mutate;
import static org.gluster.restapi.commands.catalog.CommandTarget.read;
import static org.gluster.restapi.commands.catalog.Param.flag;
import static org.gluster.restapi.commands.catalog.Param.keyword;
import static org.gluster.restapi.commands.catalog.Param.value;
import static org.gluster.restapi.commands.catalog.Params.FORCE;
import static org.gluster.restapi.commands.catalog.Params.VOLUME_NAME;
import static org.gluster.restapi.commands.catalog.Slot.named;
import static org.gluster.restapi.commands.catalog.Slot.pos;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.Param;
import org.gluster.restapi.commands.catalog.Slot;
import org.gluster.restapi.validation.GlusterNames;

/**
 * The geo-replication commands, for both surfaces. The far end is one positional word,
 * {@code [user@]host::volume}, checked part by part ({@link Secondary}); an option is set only from the
 * gateway's list with the values GlusterFS validates ({@link GeorepOptions}).
 */
@ApplicationScoped
public class GeorepTargets implements CommandFamily {

    private static final Slot[] GEOREP = Slot.words("volume", "geo-replication");
    private static final Param SECONDARY = value("secondary", (f, v) -> Secondary.parse(f, v).cli(),
            "the secondary volume, [user@]host::volume (user: root when left out)").mandatory();
    private static final Param KEY = value("key", GeorepOptions::key, "the option, as config names it").mandatory();

    public static final CommandTarget STATUS = read("georep-status",
            "a volume's geo-replication sessions (all, or the one named) with each brick's worker", GEOREP,
            pos(VOLUME_NAME), pos(value("secondary", (f, v) -> Secondary.parse(f, v).cli(),
                    "the secondary volume, [user@]host::volume")), new Slot.Word("status"), new Slot.Word("detail"))
            .liveState();
    public static final CommandTarget CREATE = mutate("georep-create", "create a geo-replication session", GEOREP,
            pos(VOLUME_NAME), pos(SECONDARY), new Slot.Word("create"),
            named(keyword("ssh-port", "ssh-port", (f, v) -> GlusterNames.count(f, v, 1, 65_535),
                    "the secondary's ssh port")),
            named(flag("push-pem", "send the pool's common public key to the secondary")), named(FORCE));
    public static final CommandTarget START = step("start", "start a session's workers");
    public static final CommandTarget STOP = step("stop", "stop a session's workers");
    public static final CommandTarget PAUSE = step("pause", "pause a session's workers");
    public static final CommandTarget RESUME = step("resume", "resume a paused session");
    public static final CommandTarget DELETE = mutate("georep-delete", "delete a stopped session", GEOREP,
            pos(VOLUME_NAME), pos(SECONDARY), new Slot.Word("delete"),
            named(flag("reset-sync-time", "forget how far it synced: a new session starts from the beginning")));
    public static final CommandTarget CONFIG = read("georep-config", "a session's options", GEOREP,
            pos(VOLUME_NAME), pos(SECONDARY), new Slot.Word("config"));
    public static final CommandTarget CONFIG_SET = mutate("georep-config-set",
            "set a session's option (checkpoint now: set a checkpoint)", GEOREP, pos(VOLUME_NAME), pos(SECONDARY),
            new Slot.Word("config"), named(KEY),
            named(value("value", GlusterNames::optionValue, "its value").mandatory()))
            .rule(named -> GeorepOptions.value((String) named.get("key"), String.valueOf(named.get("value"))));
    public static final CommandTarget CONFIG_RESET = mutate("georep-config-reset",
            "reset a session's option to GlusterFS's default", GEOREP, pos(VOLUME_NAME), pos(SECONDARY),
            new Slot.Word("config"), named(value("key", (f, v) -> "!" + GeorepOptions.key(f, v),
                    "the option, as config names it").mandatory()));
    /** Run by {@link GeorepKeyStep} on both surfaces, so that the CLI's text is never an answer. */
    static final CommandTarget KEYS = mutate("georep-keys",
            "make the pool's geo-replication keys: each node's key pair, their public keys in one common file",
            Slot.words("system::", "execute", "gsec_create")).readAsText();

    /** The primary volume's bricks, to tell the pairs of nodes that did not answer; not a command target. */
    static final CommandTarget PRIMARY_BRICKS = read("volume-info", "describe a volume", Slot.words("volume", "info"),
            pos(VOLUME_NAME));

    @Override
    public List<CommandTarget> targets() {
        return List.of(STATUS, CREATE, START, STOP, PAUSE, RESUME, DELETE, CONFIG, CONFIG_SET, CONFIG_RESET);
    }

    static Map<String, CommandTarget> steps() {
        return Map.of("start", START, "stop", STOP, "pause", PAUSE, "resume", RESUME);
    }

    private static CommandTarget step(String word, String summary) {
        return mutate("georep-" + word, summary, GEOREP, pos(VOLUME_NAME), pos(SECONDARY), new Slot.Word(word),
                named(FORCE));
    }
}
