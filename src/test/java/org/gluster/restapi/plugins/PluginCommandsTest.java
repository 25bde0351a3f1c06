package org.gluster.restapi.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.control.Invocation;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.time.TestClock;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginCommandsTest {

    static final Caller MONITOR = new Caller("watcher", Roles.MONITOR, Caller.Kind.USER, null);

    @TempDir
    Path state;

    final TestClock clock = new TestClock(Instant.parse("2030-01-15T08:00:00Z"));
    PluginCommands plugins;

    @BeforeEach
    void open() {
        plugins = new PluginCommands(StateLocation.fixed(state, Runnable::run).get(), clock);
    }

    @Test
    void aMonitorRegistersAPluginAndListsIt() {
        plugins.registerplugin(register("ansible", "key-1", "2.5.0", "IBM Storage Virtualize collection"));

        assertEquals(List.of(Map.of("name", "ansible", "uniquekey", "key-1", "version", "2.5.0",
                "metadata", "IBM Storage Virtualize collection", "registered_by", "watcher",
                "registered_at", String.valueOf(clock.instant().getEpochSecond()))), plugins.lsplugin(call(Map.of())));
    }

    @Test
    void theRowsHaveTheAttributesThatFiltervalueIsDeclaredOver() {
        plugins.registerplugin(register("ansible", "key-1", "2.5.0", "meta"));
        var filtervalue = PluginCommands.LSPLUGIN.onAnswer().get(0);
        for (String attribute : plugins.lsplugin(call(Map.of())).get(0).keySet()) {
            assertEquals(attribute + "=x", filtervalue.check().accept("filtervalue", attribute + "=x"));
        }
        assertThrows(InvalidInputException.class, () -> filtervalue.check().accept("filtervalue", "owner=x"));
    }

    @Test
    void registeringAgainReplacesTheEarlierRegistrationOfThatNameAndKey() {
        plugins.registerplugin(register("ansible", "key-1", "1.0", "old"));
        plugins.registerplugin(register("ansible", "key-2", "1.0", "other key"));
        plugins.registerplugin(register("ansible", "key-1", "2.0", "new"));

        List<Map<String, String>> rows = plugins.lsplugin(call(Map.of()));
        assertEquals(List.of("key-2", "key-1"), rows.stream().map(r -> r.get("uniquekey")).toList());
        assertEquals("2.0", rows.get(1).get("version"));
    }

    @Test
    void theListKeepsTheLastRegistrationsOnly() {
        for (int i = 0; i < PluginCommands.MAX_PLUGINS + 5; i++) {
            plugins.registerplugin(register("p" + i, "k", "1", ""));
        }
        List<Map<String, String>> rows = plugins.lsplugin(call(Map.of()));
        assertEquals(PluginCommands.MAX_PLUGINS, rows.size());
        assertEquals("p5", rows.get(0).get("name"));
        assertEquals("p" + (PluginCommands.MAX_PLUGINS + 4), rows.get(rows.size() - 1).get("name"));
    }

    @Test
    void versionAndMetadataMayBeLeftOutButNameAndKeyMayNot() {
        Map<String, Object> bare = new HashMap<>(Map.of("name", "bare", "uniquekey", "k"));
        plugins.registerplugin(call(bare));
        assertEquals("", plugins.lsplugin(call(Map.of())).get(0).get("metadata"));

        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> plugins.registerplugin(call(Map.of("uniquekey", "k")))).field());
        assertEquals("uniquekey", assertThrows(InvalidInputException.class,
                () -> plugins.registerplugin(call(Map.of("name", "n")))).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " lead", "trail ", "nul\u0000", "tab\t", "new\nline", "del\u007f", "é", "\u202e"})
    void aNameThatIsNotPrintableAsciiIsRefusedAndNothingIsStored(String name) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> plugins.registerplugin(register(name, "k", "1", "m")));
        assertEquals("name", refused.field());
        assertEquals(List.of(), plugins.lsplugin(call(Map.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "esc\u001b[31m", "bidi\u202e", "zero\u200bwidth", "lone\ud800", "bell\u0007"})
    void metadataWithControlOrFormatCharactersIsRefused(String metadata) {
        assertEquals("metadata", assertThrows(InvalidInputException.class,
                () -> plugins.registerplugin(register("n", "k", "1", metadata))).field());
    }

    @Test
    void metadataOfAnyScriptIsKeptAndTooLongValuesAreRefused() {
        plugins.registerplugin(register("n", "k", "1", "Größe – 容量 🚀"));
        assertEquals("Größe – 容量 🚀", plugins.lsplugin(call(Map.of())).get(0).get("metadata"));

        assertEquals("metadata", assertThrows(InvalidInputException.class, () -> plugins.registerplugin(
                register("n", "k", "1", "🚀".repeat(PluginCommands.MAX_METADATA + 1)))).field());
        assertEquals("uniquekey", assertThrows(InvalidInputException.class, () -> plugins.registerplugin(
                register("n", "k".repeat(PluginCommands.MAX_KEY + 1), "1", ""))).field());
        assertEquals("version", assertThrows(InvalidInputException.class, () -> plugins.registerplugin(
                call(Map.of("name", "n", "uniquekey", "k", "version", List.of("1"))))).field());
    }

    private static Invocation register(String name, String key, String version, String metadata) {
        return call(Map.of("name", name, "uniquekey", key, "version", version, "metadata", metadata));
    }

    private static Invocation call(Map<String, Object> named) {
        return new Invocation("registerplugin", List.of(), named, MONITOR);
    }
}
