package org.gluster.restapi.georep.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GeorepInitialOptionsTest {

    @Test
    void aRootSessionGetsTheAccessMountOnly() {
        assertEquals(Map.of("secondary-access-mount", "true"),
                Georep.initialOptions(new Secondary("s1", "backup", "root"), null));
    }

    @Test
    void aMountbrokerSessionAlsoLeavesAclsAndXattrsOut() {
        assertEquals(Map.of("secondary-access-mount", "true", "sync-acls", "false", "sync-xattrs", "false"),
                Georep.initialOptions(new Secondary("s1", "backup", "geoaccount"), null));
    }

    @Test
    void theCallersConfigWins() {
        assertEquals(Map.of("secondary-access-mount", "false", "sync-acls", "true", "sync-xattrs", "false",
                        "sync-method", "tarssh"),
                Georep.initialOptions(new Secondary("s1", "backup", "geoaccount"),
                        Map.of("secondary-access-mount", "false", "sync-acls", "true", "sync-method", "tarssh")));
    }
}
