package org.gluster.restapi.georep.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class GeorepTargetsTest {

    private static final List<String> SESSION = List.of("pvol", "geoaccount@s1::svol2");

    private static String refusedField(Runnable build) {
        return assertThrows(InvalidInputException.class, build::run).field();
    }

    @Test
    void aCreateIsTheCliWordsInTheirOrder() {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("force", true);
        named.put("push-pem", true);
        named.put("ssh-port", 2222);
        GlusterCommand create = GeorepTargets.CREATE.build(SESSION, named);
        assertEquals(List.of("volume", "geo-replication", "pvol", "geoaccount@s1::svol2", "create", "ssh-port", "2222",
                "push-pem", "force"), create.args());
        assertTrue(create.mutating());
    }

    @Test
    void theSecondaryIsWrittenWithoutRootAndCheckedPartByPart() {
        assertEquals(List.of("volume", "geo-replication", "pvol", "s1::svol", "start"),
                GeorepTargets.START.build(List.of("pvol", "root@s1::svol"), Map.of()).args());
        assertEquals("secondary", refusedField(() -> GeorepTargets.START.build(List.of("pvol", "s1;reboot::svol"), Map.of())));
        assertEquals("secondary", refusedField(() -> GeorepTargets.START.build(List.of("pvol", "s1::-x"), Map.of())));
        assertEquals("secondary", refusedField(() -> GeorepTargets.START.build(List.of("pvol", "a/b@s1::svol"), Map.of())));
        assertEquals("secondary", refusedField(() -> GeorepTargets.START.build(List.of("pvol", "s1:svol"), Map.of())));
    }

    @Test
    void statusIsALiveReadAndTheConfigAReadThatLastsUntilAChange() {
        GlusterCommand status = GeorepTargets.STATUS.build(List.of("pvol"), Map.of());
        assertEquals(List.of("volume", "geo-replication", "pvol", "status", "detail"), status.args());
        assertTrue(status.live());
        assertFalse(status.mutating());
        GlusterCommand config = GeorepTargets.CONFIG.build(SESSION, Map.of());
        assertFalse(config.live());
        assertFalse(config.mutating());
    }

    @Test
    void anOptionIsSetOnlyFromTheListWithAValueGlusterFsAccepts() {
        assertEquals(List.of("volume", "geo-replication", "pvol", "geoaccount@s1::svol2", "config", "sync-jobs", "4"),
                GeorepTargets.CONFIG_SET.build(SESSION, Map.of("key", "sync-jobs", "value", "4")).args());
        assertEquals("key", refusedField(() -> GeorepTargets.CONFIG_SET.build(SESSION,
                Map.of("key", "no-such-option", "value", "1"))));
        assertEquals("sync-jobs", refusedField(() -> GeorepTargets.CONFIG_SET.build(SESSION,
                Map.of("key", "sync-jobs", "value", "101"))));
        assertEquals("ssh-command", refusedField(() -> GeorepTargets.CONFIG_SET.build(SESSION,
                Map.of("key", "ssh-command", "value", "/tmp/evil"))));
        assertEquals("value", refusedField(() -> GeorepTargets.CONFIG_SET.build(SESSION,
                Map.of("key", "log-level", "value", "-x"))));
    }

    @Test
    void aResetIsTheOptionWithAnExclamationMarkAndMayUndoAProgramOption() {
        assertEquals(List.of("volume", "geo-replication", "pvol", "geoaccount@s1::svol2", "config", "!ssh-command"),
                GeorepTargets.CONFIG_RESET.build(SESSION, Map.of("key", "ssh-command")).args());
        assertEquals("key", refusedField(() -> GeorepTargets.CONFIG_RESET.build(SESSION, Map.of("key", "!x"))));
    }

    @Test
    void theKeyStepIsGsecCreateRunAsTextAndAChange() {
        GlusterCommand keys = GeorepTargets.KEYS.build(List.of(), Map.of());
        assertEquals(List.of("system::", "execute", "gsec_create"), keys.args());
        assertTrue(keys.mutating());
        assertFalse(keys.xml());
    }

    @Test
    void aDeleteMayResetTheSyncTime() {
        assertEquals(List.of("volume", "geo-replication", "pvol", "geoaccount@s1::svol2", "delete", "reset-sync-time"),
                GeorepTargets.DELETE.build(SESSION, Map.of("reset-sync-time", true)).args());
    }

    @Test
    void theFamilyDeclaresEveryCommandOnceUnderItsOwnName() {
        List<String> names = new GeorepTargets().targets().stream().map(t -> t.name()).toList();
        assertEquals(List.of("georep-status", "georep-create", "georep-start", "georep-stop", "georep-pause",
                "georep-resume", "georep-delete", "georep-config", "georep-config-set", "georep-config-reset"), names);
        assertEquals(List.of("georep-keys"), new GeorepKeyStep().ownCommands().keySet().stream().map(c -> c.name())
                .toList(), "the key step is the gateway's own on /rest/v1: it answers no CLI text");
    }
}
