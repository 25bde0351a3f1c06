package org.gluster.restapi.plugins;

import static org.gluster.restapi.commands.catalog.Param.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.OwnCommand;
import org.gluster.restapi.commands.control.Invocation;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.validation.PrintableText;

/** registerplugin and lsplugin (any group): the plugins that announced themselves, as Storage Virtualize keeps them. */
@ApplicationScoped
public class PluginCommands implements CommandFamily {

    static final String FILE = "plugins.json";
    public static final int MAX_PLUGINS = 64;
    static final int MAX_NAME = 64;
    static final int MAX_KEY = 128;
    static final int MAX_VERSION = 64;
    static final int MAX_METADATA = 1024;

    public static final OwnCommand REGISTERPLUGIN = new OwnCommand("registerplugin",
            "register the calling plugin (any group; Storage Virtualize clients call it after /rest/auth)", true,
            List.of(), List.of(
            value("name", null, "the plugin's name, 1 to 64 printable ASCII characters").mandatory(),
            value("uniquekey", null, "the plugin's key, 1 to 128 printable ASCII characters").mandatory(),
            value("version", null, "the plugin's version, 1 to 64 printable ASCII characters"),
            value("metadata", null, "what the plugin says of itself, up to 1024 printable characters")));
    public static final OwnCommand LSPLUGIN = OwnCommand.list("lsplugin", "list the registered plugins", List.of(),
            List.of("name", "uniquekey", "version", "metadata", "registered_by", "registered_at"));

    @Inject
    Supplier<StateFiles> state;

    @Inject
    Clock clock;

    public PluginCommands() {
    }

    PluginCommands(Supplier<StateFiles> state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    @Override
    public Map<OwnCommand, Function<Invocation, Object>> ownCommands() {
        return Map.of(REGISTERPLUGIN, this::registerplugin, LSPLUGIN, this::lsplugin);
    }

    public Map<String, String> registerplugin(Invocation call) {
        String version = call.string("version");
        String metadata = call.string("metadata");
        Plugin plugin = new Plugin(PrintableText.ascii("name", call.string("name"), MAX_NAME),
                PrintableText.ascii("uniquekey", call.string("uniquekey"), MAX_KEY),
                version == null ? "" : PrintableText.ascii("version", version, MAX_VERSION),
                metadata == null ? "" : PrintableText.any("metadata", metadata, MAX_METADATA),
                call.caller().name(), clock.instant().getEpochSecond());
        state.get().update(FILE, PluginTable.class, PluginTable::empty, table -> table.with(plugin, MAX_PLUGINS));
        return Map.of("message", "Plugin " + plugin.name() + " registered");
    }

    public List<Map<String, String>> lsplugin(Invocation call) {
        List<Plugin> plugins = state.get().read(FILE, PluginTable.class).orElseGet(PluginTable::empty).plugins();
        return plugins == null ? List.of() : plugins.stream().map(PluginCommands::row).toList();
    }

    private static Map<String, String> row(Plugin p) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", p.name());
        row.put("uniquekey", p.uniquekey());
        row.put("version", p.version());
        row.put("metadata", p.metadata());
        row.put("registered_by", p.registeredBy());
        row.put("registered_at", String.valueOf(p.registeredAt()));
        return row;
    }
}
