package org.gluster.restapi.georep.control;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.gluster.restapi.validation.GlusterNames;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * The session options the gateway sets, from GlusterFS 10.3's {@code /etc/glusterfs/gsyncd.conf}, each
 * with the values GlusterFS itself validates (bool, int ranges, choices). Options that name a program,
 * its arguments or ssh's ({@code ssh-command}, {@code rsync-options}, {@code remote-gsyncd}, …) run as
 * root on both pools: they may be reset to GlusterFS's default but not set. Everything else is refused.
 */
public final class GeorepOptions {

    enum Kind { BOOL, INT, CHOICE, CHECKPOINT, PATH, FORMAT, HOSTS, RESET_ONLY }

    record Rule(Kind kind, long min, long max, Set<String> choices) {
    }

    private static final Set<String> LOG_LEVELS = Set.of("ERROR", "INFO", "WARNING", "DEBUG");
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9%_.-]{1,64}");
    private static final Map<String, Rule> RULES = rules();
    /** Read-only options GlusterFS types int, for the reads. */
    private static final Set<String> READ_INTS = Set.of("primary-replica-count", "primary-disperse-count",
            "primary-distribution-count");

    private GeorepOptions() {
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (String key : List.of("access-mount", "secondary-access-mount", "use-meta-volume", "ignore-deletes",
                "gfid-conflict-resolution", "log-rsync-performance", "use-rsync-xattrs", "sync-xattrs", "sync-acls",
                "rsync-opt-existing", "rsync-opt-ignore-missing-args")) {
            rules.put(key, new Rule(Kind.BOOL, 0, 0, Set.of()));
        }
        rules.put("changelog-batch-size", new Rule(Kind.INT, 1, Integer.MAX_VALUE, Set.of()));
        rules.put("secondary-timeout", new Rule(Kind.INT, 0, 86_400, Set.of()));
        rules.put("connection-timeout", new Rule(Kind.INT, 1, 86_400, Set.of()));
        rules.put("replica-failover-interval", new Rule(Kind.INT, 1, 86_400, Set.of()));
        rules.put("change-interval", new Rule(Kind.INT, 1, 3_600, Set.of()));
        rules.put("ssh-port", new Rule(Kind.INT, 1, 65_535, Set.of()));
        rules.put("sync-jobs", new Rule(Kind.INT, 1, 100, Set.of()));
        rules.put("max-rsync-retries", new Rule(Kind.INT, 0, 1_000, Set.of()));
        rules.put("checkpoint", new Rule(Kind.CHECKPOINT, 0, Integer.MAX_VALUE, Set.of()));
        rules.put("sync-method", new Rule(Kind.CHOICE, 0, 0, Set.of("rsync", "tarssh")));
        rules.put("change-detector", new Rule(Kind.CHOICE, 0, 0, Set.of("changelog", "xsync")));
        for (String key : List.of("log-level", "cli-log-level", "gluster-log-level", "changelog-log-level",
                "secondary-log-level", "secondary-gluster-log-level")) {
            rules.put(key, new Rule(Kind.CHOICE, 0, 0, LOG_LEVELS));
        }
        rules.put("meta-volume-mnt", new Rule(Kind.PATH, 0, 0, Set.of()));
        rules.put("changelog-archive-format", new Rule(Kind.FORMAT, 0, 0, Set.of()));
        rules.put("allow-network", new Rule(Kind.HOSTS, 0, 0, Set.of()));
        for (String key : List.of("ssh-command", "rsync-command", "tar-command", "gluster-command",
                "gluster-command-dir", "secondary-gluster-command-dir", "remote-gsyncd", "ssh-options",
                "ssh-options-tar", "rsync-options", "rsync-ssh-options", "gluster-params", "secondary-gluster-params",
                "gluster-cli-options", "special-sync-mode", "isolated-secondarys")) {
            rules.put(key, new Rule(Kind.RESET_ONLY, 0, 0, Set.of()));
        }
        return Map.copyOf(rules);
    }

    /** The option's name as the CLI takes it, if the gateway knows it; else 400. */
    public static String key(String field, String key) {
        if (key == null || !RULES.containsKey(key)) {
            throw new InvalidInputException(field, "is not a geo-replication option the gateway sets or resets; "
                    + "they are " + new TreeSet<>(RULES.keySet()));
        }
        return key;
    }

    /** The value for {@code key} as GlusterFS validates it; else 400 naming the option. */
    public static String value(String key, String value) {
        Rule rule = RULES.get(key(key, key));
        String field = key;
        switch (rule.kind()) {
            case BOOL -> {
                if (!"true".equals(value) && !"false".equals(value)) {
                    throw new InvalidInputException(field, "is true or false");
                }
            }
            case INT -> integer(field, value, rule.min(), rule.max());
            case CHECKPOINT -> {
                if (!"now".equals(value)) {
                    integer(field, value, rule.min(), rule.max());
                }
            }
            case CHOICE -> {
                if (!rule.choices().contains(value)) {
                    throw new InvalidInputException(field, "is one of " + new TreeSet<>(rule.choices()));
                }
            }
            case PATH -> GlusterNames.volumePath(field, value);
            case FORMAT -> {
                if (value == null || !FORMAT.matcher(value).matches()) {
                    throw new InvalidInputException(field, "is a strftime pattern of letters, digits and %_.-");
                }
            }
            case HOSTS -> Arrays.stream(value == null ? new String[]{null} : value.split(",", -1))
                    .forEach(host -> GlusterNames.host(field, host));
            case RESET_ONLY -> throw new InvalidInputException(field, "names a program or its arguments, run as root"
                    + " on both pools: the gateway resets it to GlusterFS's default but does not set it");
        }
        return value;
    }

    /** How a read types the option: "bool", "int" or "text". */
    static String type(String key) {
        Rule rule = RULES.get(key);
        if (rule != null && rule.kind() == Kind.BOOL) {
            return "bool";
        }
        return rule != null && (rule.kind() == Kind.INT || rule.kind() == Kind.CHECKPOINT)
                || READ_INTS.contains(key) ? "int" : "text";
    }

    private static void integer(String field, String value, long min, long max) {
        try {
            long n = Long.parseLong(value == null ? "" : value);
            if (n >= min && n <= max) {
                return;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(field, "is a whole number from " + min + " to " + max);
    }
}
