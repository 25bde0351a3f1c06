package org.gluster.restapi.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every setting an operator changes with {@code gluster-restapi config-set} or chsecurity, the same
 * on every node: its name, the MicroProfile Config key whose value is the default where one is
 * configured, the built-in default, whether it takes effect only when glusterrestd restarts, and its
 * allowed values.
 */
public enum Setting {
    HTTPS("https", "glusterrest.https", "enabled", true, List.of("enabled", "disabled"), 0, 0),
    PORT("port", "glusterrest.port", "7443", true, null, 1, 65535),
    AUTH("auth", "glusterrest.auth", "enabled", false, List.of("enabled", "disabled"), 0, 0),
    RESTAPITIMEOUT("restapitimeout", "glusterrest.restapitimeout", "60", false, null, 10, 120),
    MAXCONNECTIONS("maxconnections", "glusterrest.limit.connections", "4", false, null, 1, 256),
    AUTHRATELIMIT("authratelimit", "glusterrest.limit.auth-per-second", "3", false, null, 1, 1000),
    COMMANDRATELIMIT("commandratelimit", "glusterrest.limit.commands-per-second", "10", false, null, 1, 10_000),
    CLITIMEOUT("clitimeout", "glusterrest.gluster.timeout", "120", false, null, 1, 3600);

    public final String key;
    public final String configKey;
    public final String builtInDefault;
    public final boolean needsRestart;
    private final List<String> choices;
    private final int min;
    private final int max;

    Setting(String key, String configKey, String builtInDefault, boolean needsRestart, List<String> choices,
            int min, int max) {
        this.key = key;
        this.configKey = configKey;
        this.builtInDefault = builtInDefault;
        this.needsRestart = needsRestart;
        this.choices = choices;
        this.min = min;
        this.max = max;
    }

    public static Optional<Setting> named(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(s -> s.key).toList();
    }

    /** The value in its canonical form, or an IllegalArgumentException that says what is allowed. */
    public String validate(String value) {
        String v = value == null ? "" : value.strip();
        if (choices != null) {
            if (!choices.contains(v)) {
                throw new IllegalArgumentException(key + " is one of " + choices);
            }
            return v;
        }
        try {
            int number = Integer.parseInt(v);
            if (number >= min && number <= max) {
                return String.valueOf(number);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(key + " is a whole number from " + min + " to " + max);
    }

    public String allowed() {
        return choices != null ? String.join("|", choices) : min + ".." + max;
    }
}
