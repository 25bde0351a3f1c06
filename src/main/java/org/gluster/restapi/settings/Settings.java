package org.gluster.restapi.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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
        String stored = stored().get(setting);
        return stored != null ? stored : configuredDefault(setting);
    }

    public int intValue(Setting setting) {
        return Integer.parseInt(value(setting));
    }

    public String configuredDefault(Setting setting) {
        Optional<String> configured = config == null ? Optional.empty()
                : config.getOptionalValue(setting.configKey, String.class);
        return configured.orElse(setting.builtInDefault);
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
