package org.gluster.restapi.commands.catalog;

import static org.gluster.restapi.commands.catalog.Param.choice;
import static org.gluster.restapi.commands.catalog.Param.flag;
import static org.gluster.restapi.commands.catalog.Param.keyword;
import static org.gluster.restapi.commands.catalog.Param.pairs;
import static org.gluster.restapi.commands.catalog.Param.value;
import static org.gluster.restapi.commands.catalog.Param.values;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gluster.restapi.validation.GlusterNames;

/**
 * The one declaration of every gluster command the gateway runs: /rest/v1 command targets use it by
 * name, and the /v1 resources build their argv through it too.
 */
public final class Catalog {

    private static final Check VOLUME = GlusterNames::volumeName;
    private static final Check HOST = GlusterNames::host;
    private static final Check BRICK = GlusterNames::brick;
    private static final Check KEY = GlusterNames::optionKey;
    private static final Check VALUE = GlusterNames::optionValue;
    private static final Check PATH = GlusterNames::volumePath;
    private static final Check SIZE = GlusterNames::size;
    private static final Check PERCENT = GlusterNames::percent;
    private static final Check BRICK_COUNT = (field, v) -> GlusterNames.count(field, v, 1, 1024);
    private static final Check SMALL_COUNT = (field, v) -> GlusterNames.count(field, v, 1, 1_000_000);

    private static final Param VOLUME_NAME = value("name", VOLUME, "the volume").mandatory();
    private static final Param FORCE = flag("force", "pass 'force'");
    private static final Param BRICKS = values("bricks", BRICK, "bricks as host:/path").mandatory();
    private static final Param REPLICA = keyword("replica", "replica", (f, v) -> GlusterNames.count(f, v, 1, 1024),
            "replica count");
    private static final Param ARBITER = keyword("arbiter", "arbiter", (f, v) -> GlusterNames.count(f, v, 1, 1),
            "arbiter count (1, with replica 3)");

    public static final CommandTarget VOLUME_LIST = read("volume-list", "list the volumes", words("volume", "list"));
    public static final CommandTarget VOLUME_INFO = read("volume-info", "describe volumes (all, or the one named)",
            words("volume", "info"), pos(value("name", Catalog::volumeOrAll, "the volume, or all")));
    public static final CommandTarget VOLUME_STATUS = read("volume-status", "live status of volumes",
            words("volume", "status"), pos(value("name", Catalog::volumeOrAll, "the volume, or all")),
            named(choice("detail", choices("detail", "clients", "mem", "inode", "fd", "callpool", "tasks"),
                    "the kind of status")));
    public static final CommandTarget VOLUME_CREATE = mutate("volume-create", "create a volume",
            words("volume", "create"), pos(VOLUME_NAME), named(REPLICA), named(ARBITER),
            named(keyword("disperse", "disperse", BRICK_COUNT, "disperse count")),
            named(keyword("disperseData", "disperse-data", BRICK_COUNT, "disperse data count")),
            named(keyword("redundancy", "redundancy", BRICK_COUNT, "redundancy count")),
            named(choice("transport", Map.of("tcp", List.of("transport", "tcp"), "rdma", List.of("transport", "rdma"),
                    "tcp,rdma", List.of("transport", "tcp,rdma")), "transport type")),
            named(BRICKS), named(FORCE));
    public static final CommandTarget VOLUME_START = mutate("volume-start", "start a volume",
            words("volume", "start"), pos(VOLUME_NAME), named(FORCE));
    public static final CommandTarget VOLUME_STOP = mutate("volume-stop", "stop a volume",
            words("volume", "stop"), pos(VOLUME_NAME), named(FORCE));
    public static final CommandTarget VOLUME_DELETE = mutate("volume-delete", "delete a stopped volume",
            words("volume", "delete"), pos(VOLUME_NAME));
    public static final CommandTarget VOLUME_SET = mutate("volume-set", "set volume options",
            words("volume", "set"), pos(VOLUME_NAME), named(pairs("options", KEY, VALUE, "option names and values")
                    .mandatory()));
    public static final CommandTarget VOLUME_GET = read("volume-get", "read volume options (all, or the one named)",
            words("volume", "get"), pos(VOLUME_NAME), pos(value("key", Catalog::keyOrAll, "the option, or all")));
    public static final CommandTarget VOLUME_RESET = mutate("volume-reset", "reset volume options (all, or the one named)",
            words("volume", "reset"), pos(VOLUME_NAME), pos(value("key", KEY, "the option")), named(FORCE));
    public static final CommandTarget VOLUME_ADD_BRICK = mutate("volume-add-brick", "add bricks to a volume",
            words("volume", "add-brick"), pos(VOLUME_NAME), named(REPLICA), named(ARBITER), named(BRICKS),
            named(FORCE));
    public static final CommandTarget VOLUME_REMOVE_BRICK = new CommandTarget("volume-remove-brick",
            "remove bricks: start, status, stop, commit or force", true, Set.of("status"), List.of(
            new Slot.Word("volume"), new Slot.Word("remove-brick"), pos(VOLUME_NAME), named(REPLICA), named(BRICKS),
            named(choice("action", choices("start", "status", "stop", "commit", "force"), "the step").mandatory())));
    public static final CommandTarget VOLUME_REPLACE_BRICK = mutate("volume-replace-brick",
            "replace a brick (commit force)", words("volume", "replace-brick"), pos(VOLUME_NAME),
            named(value("source", BRICK, "the brick to replace").mandatory()),
            named(value("target", BRICK, "the new brick").mandatory()), new Slot.Word("commit"), new Slot.Word("force"));
    public static final CommandTarget VOLUME_REBALANCE = new CommandTarget("volume-rebalance",
            "rebalance: start, fix-layout, stop or status", true, Set.of("status"), List.of(
            new Slot.Word("volume"), new Slot.Word("rebalance"), pos(VOLUME_NAME),
            named(choice("action", Map.of("start", List.of("start"), "fix-layout", List.of("fix-layout", "start"),
                    "stop", List.of("stop"), "status", List.of("status")), "the step").mandatory()), named(FORCE)));
    public static final CommandTarget VOLUME_HEAL = new CommandTarget("volume-heal",
            "self-heal: launch (no action), full, info, summary, split-brain, statistics, enable, disable", true,
            Set.of("info", "info-summary", "info-split-brain", "statistics", "statistics-heal-count"), List.of(
            new Slot.Word("volume"), new Slot.Word("heal"), pos(VOLUME_NAME),
            named(choice("action", Map.of("full", List.of("full"), "info", List.of("info"),
                    "info-summary", List.of("info", "summary"), "info-split-brain", List.of("info", "split-brain"),
                    "statistics", List.of("statistics"), "statistics-heal-count", List.of("statistics", "heal-count"),
                    "enable", List.of("enable"), "disable", List.of("disable")), "what to do"))));
    public static final CommandTarget VOLUME_QUOTA = new CommandTarget("volume-quota",
            "quota: enable, disable, limit-usage, remove, list", true, Set.of("list"), List.of(
            new Slot.Word("volume"), new Slot.Word("quota"), pos(VOLUME_NAME),
            named(choice("action", choices("enable", "disable", "limit-usage", "remove", "list"), "what to do")
                    .mandatory()),
            named(value("path", PATH, "a directory of the volume")), named(value("size", SIZE, "hard limit")),
            named(value("softLimit", PERCENT, "soft limit, percent of the hard limit"))));
    public static final CommandTarget VOLUME_PROFILE = new CommandTarget("volume-profile",
            "profiling: start, stop, info", true, Set.of("info"), List.of(
            new Slot.Word("volume"), new Slot.Word("profile"), pos(VOLUME_NAME),
            named(choice("action", choices("start", "stop", "info"), "what to do").mandatory())));
    public static final CommandTarget VOLUME_TOP = read("volume-top", "top: the busiest files of a volume",
            words("volume", "top"), pos(VOLUME_NAME),
            named(choice("metric", choices("read", "write", "open", "opendir", "readdir", "read-perf", "write-perf"),
                    "what to rank").mandatory()),
            named(keyword("brick", "brick", BRICK, "only this brick")),
            named(keyword("bs", "bs", SMALL_COUNT, "block size for read-perf/write-perf")),
            named(keyword("count", "count", SMALL_COUNT, "block count for read-perf/write-perf")),
            named(keyword("listCount", "list-cnt", SMALL_COUNT, "how many entries")));
    public static final CommandTarget VOLUME_BITROT = new CommandTarget("volume-bitrot",
            "bitrot detection: enable, disable, scrub status/pause/resume/ondemand, throttle, frequency", true,
            Set.of("scrub-status"), List.of(new Slot.Word("volume"), new Slot.Word("bitrot"), pos(VOLUME_NAME),
            named(choice("action", Map.of("enable", List.of("enable"), "disable", List.of("disable"),
                    "scrub-status", List.of("scrub", "status"), "scrub-pause", List.of("scrub", "pause"),
                    "scrub-resume", List.of("scrub", "resume"), "scrub-ondemand", List.of("scrub", "ondemand")),
                    "what to do")),
            named(choice("scrubThrottle", Map.of("lazy", List.of("scrub-throttle", "lazy"),
                    "normal", List.of("scrub-throttle", "normal"), "aggressive", List.of("scrub-throttle", "aggressive")),
                    "scrubber speed")),
            named(choice("scrubFrequency", Map.of("hourly", List.of("scrub-frequency", "hourly"),
                    "daily", List.of("scrub-frequency", "daily"), "weekly", List.of("scrub-frequency", "weekly"),
                    "biweekly", List.of("scrub-frequency", "biweekly"),
                    "monthly", List.of("scrub-frequency", "monthly")), "how often to scrub")))).readAsText();
    public static final CommandTarget PEER_STATUS = read("peer-status", "the other peers", words("peer", "status"));
    public static final CommandTarget PEER_PROBE = mutate("peer-probe", "add a host to the pool",
            words("peer", "probe"), pos(value("host", HOST, "the host").mandatory()));
    public static final CommandTarget PEER_DETACH = mutate("peer-detach", "remove a host from the pool",
            words("peer", "detach"), pos(value("host", HOST, "the host").mandatory()), named(FORCE));
    public static final CommandTarget POOL_LIST = read("pool-list", "the whole pool, this node included",
            words("pool", "list"));
    public static final CommandTarget SNAPSHOT_LIST = read("snapshot-list", "snapshots (of one volume)",
            words("snapshot", "list"), pos(value("volume", VOLUME, "the volume")));
    public static final CommandTarget SNAPSHOT_INFO = read("snapshot-info", "describe snapshots (all, or the one named)",
            words("snapshot", "info"), pos(value("snapname", VOLUME, "the snapshot")));
    public static final CommandTarget SNAPSHOT_CREATE = mutate("snapshot-create", "snapshot a volume",
            words("snapshot", "create"), pos(value("snapname", VOLUME, "the snapshot").mandatory()),
            pos(value("volume", VOLUME, "the volume").mandatory()), named(flag("no-timestamp",
                    "do not append a timestamp to the name")),
            named(keyword("description", "description", VALUE, "a description")), named(FORCE));
    public static final CommandTarget SNAPSHOT_DELETE = mutate("snapshot-delete", "delete a snapshot",
            words("snapshot", "delete"), pos(value("snapname", VOLUME, "the snapshot").mandatory()));

    private static final Param SNAPNAME = value("snapname", VOLUME, "the snapshot").mandatory();
    public static final CommandTarget SNAPSHOT_STATUS = read("snapshot-status",
            "brick processes of snapshots (all, or the one named)", words("snapshot", "status"),
            pos(value("snapname", VOLUME, "the snapshot")));
    public static final CommandTarget SNAPSHOT_ACTIVATE = mutate("snapshot-activate", "activate a snapshot",
            words("snapshot", "activate"), pos(SNAPNAME), named(FORCE));
    public static final CommandTarget SNAPSHOT_DEACTIVATE = mutate("snapshot-deactivate", "deactivate a snapshot",
            words("snapshot", "deactivate"), pos(SNAPNAME));
    public static final CommandTarget SNAPSHOT_RESTORE = mutate("snapshot-restore",
            "restore a stopped volume to a snapshot", words("snapshot", "restore"), pos(SNAPNAME));
    public static final CommandTarget SNAPSHOT_CLONE = mutate("snapshot-clone", "a new volume from a snapshot",
            words("snapshot", "clone"), pos(value("clonename", VOLUME, "the new volume").mandatory()), pos(SNAPNAME));
    public static final CommandTarget SNAPSHOT_CONFIG = read("snapshot-config",
            "snapshot limits and settings (of the pool, or of a volume)", words("snapshot", "config"),
            pos(value("volume", VOLUME, "the volume")));

    private static final Map<String, CommandTarget> ALL = index(VOLUME_LIST, VOLUME_INFO, VOLUME_STATUS, VOLUME_CREATE,
            VOLUME_START, VOLUME_STOP, VOLUME_DELETE, VOLUME_SET, VOLUME_GET, VOLUME_RESET, VOLUME_ADD_BRICK,
            VOLUME_REMOVE_BRICK, VOLUME_REPLACE_BRICK, VOLUME_REBALANCE, VOLUME_HEAL, VOLUME_QUOTA, VOLUME_PROFILE,
            VOLUME_TOP, VOLUME_BITROT, PEER_STATUS, PEER_PROBE, PEER_DETACH, POOL_LIST, SNAPSHOT_LIST, SNAPSHOT_INFO,
            SNAPSHOT_CREATE, SNAPSHOT_DELETE, SNAPSHOT_STATUS, SNAPSHOT_ACTIVATE, SNAPSHOT_DEACTIVATE, SNAPSHOT_RESTORE,
            SNAPSHOT_CLONE, SNAPSHOT_CONFIG);

    private Catalog() {
    }

    public static Optional<CommandTarget> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static Collection<CommandTarget> all() {
        return ALL.values();
    }

    private static String volumeOrAll(String field, String value) {
        return "all".equals(value) ? value : GlusterNames.volumeName(field, value);
    }

    private static String keyOrAll(String field, String value) {
        return "all".equals(value) ? value : GlusterNames.optionKey(field, value);
    }

    private static Map<String, List<String>> choices(String... words) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        for (String word : words) {
            choices.put(word, List.of(word));
        }
        return choices;
    }

    private static Slot[] words(String... words) {
        return java.util.Arrays.stream(words).map(Slot.Word::new).toArray(Slot[]::new);
    }

    private static Slot pos(Param param) {
        return new Slot.Positional(param);
    }

    private static Slot named(Param param) {
        return new Slot.Named(param);
    }

    private static CommandTarget read(String name, String summary, Slot[] words, Slot... rest) {
        return new CommandTarget(name, summary, false, Set.of(), concat(words, rest));
    }

    private static CommandTarget mutate(String name, String summary, Slot[] words, Slot... rest) {
        return new CommandTarget(name, summary, true, Set.of(), concat(words, rest));
    }

    private static List<Slot> concat(Slot[] words, Slot[] rest) {
        List<Slot> slots = new ArrayList<>(List.of(words));
        slots.addAll(List.of(rest));
        return List.copyOf(slots);
    }

    private static Map<String, CommandTarget> index(CommandTarget... targets) {
        Map<String, CommandTarget> index = new LinkedHashMap<>();
        for (CommandTarget target : targets) {
            index.put(target.name(), target);
        }
        return java.util.Collections.unmodifiableMap(index);
    }
}
