package org.gluster.restapi.commands.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreWatchTest {

    private static final Path STORE = Path.of("/var/lib/glusterd");
    private static final Path SESSION = STORE.resolve("geo-replication/pvol_s1_svol");

    @Test
    void aSessionsRewrittenConfigChangesReadsItsWorkersStatusFilesDoNot() {
        assertTrue(StoreWatch.changes(STORE, SESSION, "gsyncd.conf"));
        assertFalse(StoreWatch.changes(STORE, SESSION, "monitor.status"));
        assertFalse(StoreWatch.changes(STORE, SESSION, "pvol_s1_svol_srv-georep-p1-bricks-pvol.status"));
        assertFalse(StoreWatch.changes(STORE, SESSION, "gsyncd.conf.tmp"));
    }

    @Test
    void aNewSessionAndTheVolumesStoreChangeReadsTempFilesDoNot() {
        assertTrue(StoreWatch.changes(STORE, STORE.resolve("geo-replication"), "pvol_s1_svol"));
        assertTrue(StoreWatch.changes(STORE, STORE.resolve("vols/gv0"), "info"));
        assertFalse(StoreWatch.changes(STORE, STORE.resolve("vols/gv0"), "info.tmp"));
    }
}
