package org.gluster.restapi.georep.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class GeorepOptionsTest {

    private static void refused(String key, String value) {
        assertThrows(InvalidInputException.class, () -> GeorepOptions.value(key, value), key + "=" + value);
    }

    @Test
    void eachKindTakesWhatGlusterFsValidates() {
        assertEquals("true", GeorepOptions.value("secondary-access-mount", "true"));
        assertEquals("65535", GeorepOptions.value("ssh-port", "65535"));
        assertEquals("now", GeorepOptions.value("checkpoint", "now"));
        assertEquals("1764322997", GeorepOptions.value("checkpoint", "1764322997"));
        assertEquals("tarssh", GeorepOptions.value("sync-method", "tarssh"));
        assertEquals("DEBUG", GeorepOptions.value("log-level", "DEBUG"));
        assertEquals("/run/gluster/shared_storage", GeorepOptions.value("meta-volume-mnt", "/run/gluster/shared_storage"));
        assertEquals("%Y%m", GeorepOptions.value("changelog-archive-format", "%Y%m"));
        assertEquals("10.0.0.1,backup1", GeorepOptions.value("allow-network", "10.0.0.1,backup1"));
    }

    @Test
    void valuesGlusterFsWouldRefuseOrThatCouldRunAProgramAreRefused() {
        refused("secondary-access-mount", "yes");
        refused("ssh-port", "0");
        refused("ssh-port", "22 -oProxyCommand=x");
        refused("sync-jobs", "101");
        refused("checkpoint", "later");
        refused("sync-method", "scp");
        refused("log-level", "info");
        refused("meta-volume-mnt", "/run/../etc");
        refused("changelog-archive-format", "%Y %m");
        refused("allow-network", "10.0.0.1;reboot");
        refused("rsync-options", "--rsh=/tmp/x");
        refused("remote-gsyncd", "/tmp/x");
        refused("no-such-option", "1");
        refused("secondary_access_mount", "true");
    }

    @Test
    void theReadTypesBoolsAndIntsAsGlusterFsDoes() {
        assertEquals("bool", GeorepOptions.type("use-meta-volume"));
        assertEquals("int", GeorepOptions.type("changelog-batch-size"));
        assertEquals("int", GeorepOptions.type("primary-disperse-count"));
        assertEquals("text", GeorepOptions.type("ssh-options"));
        assertEquals("text", GeorepOptions.type("unknown-in-a-later-version"));
    }
}
