package org.gluster.restapi.commands.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.Families;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.commands.control.CommandRegistry;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final CommandRegistry REGISTRY = Families.registry();

    private static GlusterCommand build(String name, List<String> positionals, Map<String, ?> named) {
        return REGISTRY.target(name).orElseThrow().build(positionals, named);
    }

    private static void refused(String field, String name, List<String> positionals, Map<String, ?> named) {
        var e = assertThrows(InvalidInputException.class, () -> build(name, positionals, named));
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void everyIssueCommandIsDeclared() {
        for (String name : List.of("volume-list", "volume-info", "volume-status", "volume-create", "volume-start",
                "volume-stop", "volume-delete", "volume-set", "volume-get", "volume-reset", "volume-add-brick",
                "volume-remove-brick", "volume-replace-brick", "volume-rebalance", "volume-heal", "volume-quota",
                "volume-profile", "volume-top", "volume-bitrot", "peer-status", "peer-probe", "peer-detach",
                "pool-list", "snapshot-list", "snapshot-info", "snapshot-create", "snapshot-delete")) {
            assertTrue(REGISTRY.target(name).isPresent(), name);
        }
    }

    @Test
    void createRendersItsWordsInTheClisOrder() {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("force", true);
        named.put("bricks", List.of("n1:/b/1", "n2:/b/1", "n3:/b/1"));
        named.put("arbiter", new BigDecimal("1"));
        named.put("replica", 3);
        named.put("transport", "tcp");
        assertEquals(List.of("volume", "create", "gv1", "replica", "3", "arbiter", "1", "transport", "tcp",
                "n1:/b/1", "n2:/b/1", "n3:/b/1", "force"), build("volume-create", List.of("gv1"), named).args());
    }

    @Test
    void choicesMayExpandToSeveralWords() {
        assertEquals(List.of("volume", "rebalance", "gv1", "fix-layout", "start"),
                build("volume-rebalance", List.of("gv1"), Map.of("action", "fix-layout")).args());
        assertEquals(List.of("volume", "heal", "gv1", "info", "split-brain"),
                build("volume-heal", List.of("gv1"), Map.of("action", "info-split-brain")).args());
    }

    @Test
    void readingChoicesOfAMutatingCommandRead() {
        assertFalse(build("volume-heal", List.of("gv1"), Map.of("action", "info")).mutating());
        assertTrue(build("volume-heal", List.of("gv1"), Map.of()).mutating());
        assertFalse(build("volume-quota", List.of("gv1"), Map.of("action", "list")).mutating());
        assertTrue(build("volume-quota", List.of("gv1"), Map.of("action", "enable")).mutating());
        assertFalse(build("volume-info", List.of(), Map.of()).mutating());
    }

    @Test
    void quotaLimitTakesPathSizeAndSoftLimit() {
        assertEquals(List.of("volume", "quota", "gv1", "limit-usage", "/data", "10GB", "80%"),
                build("volume-quota", List.of("gv1"), Map.of("action", "limit-usage", "path", "/data", "size", "10GB",
                        "softLimit", "80%")).args());
    }

    @Test
    void bitrotIsReadAsText() {
        assertFalse(build("volume-bitrot", List.of("gv1"), Map.of("action", "enable")).xml());
        assertTrue(build("volume-info", List.of("gv1"), Map.of()).xml());
    }

    @Test
    void injectionAttemptsAreRefusedNamingTheParameter() {
        refused("force", "volume-start", List.of("gv0"), Map.of("force", "force; reboot"));
        refused("name", "volume-info", List.of("-x"), Map.of());
        refused("options.a", "volume-set", List.of("gv0"), Map.of("options", Map.of("a", "1\nforce")));
        refused("options.a", "volume-set", List.of("gv0"), Map.of("options", Map.of("a", List.of("x"))));
        refused("extra", "volume-start", List.of("gv0"), Map.of("extra", 1));
        refused("bricks", "volume-create", List.of("x"), Map.of("bricks", "vm:/a"));
        refused("bricks[0]", "volume-create", List.of("x"), Map.of("bricks", List.of(7)));
        refused("path", "volume-info", List.of("gv0", "extra"), Map.of());
        refused("replica", "volume-create", List.of("x"), Map.of("bricks", List.of("vm:/a"), "replica", 2.5));
        refused("action", "volume-profile", List.of("gv0"), Map.of("action", "explode"));
        refused("action", "volume-profile", List.of("gv0"), Map.of());
        refused("path", "volume-quota", List.of("gv0"), Map.of("action", "limit-usage", "path", "/a/../b"));
        refused("size", "volume-quota", List.of("gv0"), Map.of("action", "limit-usage", "path", "/", "size", "-1"));
    }

    @Test
    void unknownParametersAreListedWithWhatTheCommandTakes() {
        var e = assertThrows(InvalidInputException.class,
                () -> build("volume-start", List.of("gv0"), Map.of("frobnicate", true)));
        assertTrue(e.getMessage().contains("[force]"), e.getMessage());
    }

    @Test
    void aNewVolumeHasReplicaTwoOrMoreWhileAddBrickMayGoToOne() {
        refused("replica", "volume-create", List.of("x"), Map.of("replica", 1, "bricks", List.of("vm:/a")));
        assertEquals(List.of("volume", "add-brick", "x", "replica", "1", "vm:/a"),
                build("volume-add-brick", List.of("x"), Map.of("replica", 1, "bricks", List.of("vm:/a"))).args());
    }

    @Test
    void anArbiterGoesOnlyWithReplicaThree() {
        refused("arbiter", "volume-create", List.of("x"), Map.of("arbiter", 1, "bricks", List.of("vm:/a", "vm:/b")));
        refused("arbiter", "volume-create", List.of("x"), Map.of("replica", 2, "arbiter", 1,
                "bricks", List.of("vm:/a", "vm:/b")));
        refused("arbiter", "volume-add-brick", List.of("x"), Map.of("replica", 4, "arbiter", 1,
                "bricks", List.of("vm:/a")));
        assertTrue(build("volume-add-brick", List.of("x"), Map.of("replica", 3, "arbiter", 1,
                "bricks", List.of("vm:/c"))).args().containsAll(List.of("replica", "3", "arbiter", "1")));
    }

    @Test
    void aVolumeSetTakesOneTo256Options() {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i <= 256; i++) {
            options.put("user.k" + i, "v");
        }
        assertEquals(3 + 2 * 256, build("volume-set", List.of("gv0"), Map.of("options", options)).args().size());
        options.put("user.k257", "v");
        refused("options", "volume-set", List.of("gv0"), Map.of("options", options));
        refused("options", "volume-set", List.of("gv0"), Map.of("options", Map.of()));
    }

    @Test
    void bricksAreNamedOnceEachAndAtMost1024() {
        refused("bricks", "volume-create", List.of("x"), Map.of("bricks", List.of("vm:/a", "vm:/a")));
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 1025).mapToObj(i -> "vm:/b" + i).toList();
        refused("bricks", "volume-add-brick", List.of("x"), Map.of("bricks", many));
    }

    @Test
    void aBrickIsNotReplacedByItself() {
        refused("target", "volume-replace-brick", List.of("x"), Map.of("source", "vm:/a", "target", "vm:/a"));
    }

    @Test
    void aFixLayoutTakesNoForce() {
        refused("force", "volume-rebalance", List.of("x"), Map.of("action", "fix-layout", "force", true));
        assertEquals(List.of("volume", "rebalance", "x", "start", "force"),
                build("volume-rebalance", List.of("x"), Map.of("action", "start", "force", true)).args());
    }

    @Test
    void aQuotaLimitNeedsAPathAndASizeAndARemovalAPath() {
        refused("path", "volume-quota", List.of("x"), Map.of("action", "limit-usage", "size", "1GB"));
        refused("size", "volume-quota", List.of("x"), Map.of("action", "limit-usage", "path", "/d"));
        refused("path", "volume-quota", List.of("x"), Map.of("action", "remove"));
    }

    @Test
    void aNameDeclaredTwiceStopsTheRegistry() {
        CommandTarget twice = CommandTarget.read("volume-list", "again", Slot.words("volume", "list"));
        var e = assertThrows(IllegalStateException.class, () -> new CommandRegistry(List.of(
                new org.gluster.restapi.volumes.control.VolumeTargets(), new CommandFamily() {
                    @Override
                    public List<CommandTarget> targets() {
                        return List.of(twice);
                    }
                })));
        assertTrue(e.getMessage().contains("volume-list"), e.getMessage());
    }

    @Test
    void theRegistryListsEveryFeaturesCommandsAndTheGatewaysOwn() {
        assertTrue(REGISTRY.names().containsAll(List.of("volume-create", "volume-add-brick", "volume-heal",
                "volume-quota", "volume-profile", "volume-top", "volume-bitrot", "volume-rebalance", "peer-probe",
                "snapshot-create", "georep-create", "georep-status", "georep-keys", "lsuser", "mkuser", "lssecurity",
                "chsecurity", "lsauditlog",
                "registerplugin", "lsplugin")), REGISTRY.names()
                .toString());
    }
}
