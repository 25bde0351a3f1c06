package org.gluster.restapi.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import java.util.function.Supplier;
import org.gluster.restapi.state.StateFiles;

/**
 * Settings in force: the value set in settings.json (the same on every node, read at each use, so a
 * change holds without a restart), else the configured MicroProfile Config default, else the built-in one.
 */
@ApplicationScoped
public class Settings {

    static final String FILE = "settings.json";

    private final Map<Setting, String> configuredDefaults = new ConcurrentHashMap<>();
    private Supplier<StateFiles> state;
    private Config config;

    protected Settings() {
    }

    @Inject
    public Settings(Supplier<StateFiles> state, Config config) {
        this.state = state;
        this.config = config;
    }

    /** For tools and tests outside the container: no configured defaults. */
    public Settings(Supplier<StateFiles> state) {
        this(state, null);
    }

    /** The setting of that name, or an IllegalArgumentException listing every name. */
    public static Setting named(String name) {
        return Setting.named(name).orElseThrow(() -> new IllegalArgumentException("no setting " + name
                + "; the settings are " + Setting.keys()));
    }

    public GatewaySettings stored() {
        return state.get().read(FILE, GatewaySettings.class).orElseGet(GatewaySettings::empty);
    }

    public String value(Setting setting) {
        return valueIn(stored(), setting);
    }

    public int intValue(Setting setting) {
        return Integer.parseInt(value(setting));
    }

    /**
     * The value as a read of settings.json less than the state's recheck window ago found it (see
     * StateFiles.readRecent): for what every request consults (the limits, the auth mode). A change made
     * through this gateway holds at once, one made by the admin tool or another node within the window.
     */
    public String recentValue(Setting setting) {
        return valueIn(state.get().readRecent(FILE, GatewaySettings.class).orElseGet(GatewaySettings::empty), setting);
    }

    public int recentIntValue(Setting setting) {
        return Integer.parseInt(recentValue(setting));
    }

    /** The MicroProfile Config default (read once: it comes from the environment and system properties), else the built-in one. */
    public String configuredDefault(Setting setting) {
        return configuredDefaults.computeIfAbsent(setting, s -> {
            Optional<String> configured = config == null ? Optional.empty()
                    : config.getOptionalValue(s.configKey, String.class);
            return configured.orElse(s.builtInDefault);
        });
    }

    private String valueIn(GatewaySettings stored, Setting setting) {
        String value = stored.get(setting);
        return value != null ? value : configuredDefault(setting);
    }

    /** Validates and stores; returns the canonical value. */
    public String set(Setting setting, String value) {
        String valid = setting.validate(value);
        state.get().update(FILE, GatewaySettings.class, GatewaySettings::empty, s -> s.with(setting, valid));
        return valid;
    }

    public void reset(Setting setting) {
        state.get().update(FILE, GatewaySettings.class, GatewaySettings::empty, s -> s.with(setting, null));
    }

    public void resetAll() {
        state.get().update(FILE, GatewaySettings.class, GatewaySettings::empty, s -> GatewaySettings.empty());
    }
}
