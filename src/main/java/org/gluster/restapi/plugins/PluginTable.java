package org.gluster.restapi.plugins;

import java.util.List;

/** The content of plugins.json, oldest registration first. */
public record PluginTable(List<Plugin> plugins) {

    public static PluginTable empty() {
        return new PluginTable(List.of());
    }

    /** This table with {@code plugin} registered last, its earlier registration and the oldest beyond {@code max} gone. */
    PluginTable with(Plugin plugin, int max) {
        List<Plugin> others = plugins == null ? List.of()
                : plugins.stream().filter(p -> !p.sameAs(plugin)).toList();
        List<Plugin> kept = others.subList(Math.max(0, others.size() - (max - 1)), others.size());
        return new PluginTable(java.util.stream.Stream.concat(kept.stream(), java.util.stream.Stream.of(plugin)).toList());
    }
}
