package org.gluster.restapi.settings;

import java.util.Map;
import java.util.TreeMap;

/** The content of settings.json: the settings an operator set, by name; the others have their defaults. */
public record GatewaySettings(Map<String, String> values) {

    public static GatewaySettings empty() {
        return new GatewaySettings(Map.of());
    }

    public GatewaySettings with(Setting setting, String value) {
        Map<String, String> changed = new TreeMap<>(values == null ? Map.of() : values);
        if (value == null) {
            changed.remove(setting.key);
        } else {
            changed.put(setting.key, value);
        }
        return new GatewaySettings(changed);
    }

    public String get(Setting setting) {
        return values == null ? null : values.get(setting.key);
    }
}
