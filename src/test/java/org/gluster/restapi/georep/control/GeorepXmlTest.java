package org.gluster.restapi.georep.control;

import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.gluster.restapi.georep.entity.GeorepPair;
import org.gluster.restapi.georep.entity.GeorepSession;
import org.junit.jupiter.api.Test;

class GeorepXmlTest {

    private static final String P1_UUID = "66c5779b-8da8-4694-858d-cf813b5be19b";
    private static final String P2_UUID = "331ac837-4c1e-4a96-a797-7a0876930fb1";

    private static GeorepSession session(String sample) {
        List<GeorepSession> sessions = GeorepXml.sessions(xml("georep/" + sample), "pvol");
        assertEquals(1, sessions.size(), sample);
        return sessions.get(0);
    }

    private static List<String> statuses(GeorepSession session) {
        return session.pairs().stream().map(GeorepPair::status).toList();
    }

    @Test
    void anActiveSessionHasItsFarEndItsActiveAndPassivePairAndNoNotApplicable() {
        GeorepSession s = session("georep-status-detail-active.xml");
        assertEquals(List.of("pvol", "s1", "svol", "root", "s1::svol", "aca2f804-fe64-4629-952a-fefc8d8077bf", "Active"),
                List.of(s.primaryVolume(), s.secondaryHost(), s.secondaryVolume(), s.secondaryUser(), s.secondary(),
                        s.secondaryVolumeId(), s.status()));
        assertEquals(new GeorepPair("p1", "/srv/georep/p1/bricks/pvol", P1_UUID, "root", "s1::svol", null, "Active",
                "Changelog Crawl", "2026-11-28 09:42:38", 0L, 0L, 0L, 0L, null, null, null), s.pairs().get(0));
        assertEquals(new GeorepPair("p2", "/srv/georep/p2/bricks/pvol", P2_UUID, "root", "s1::svol", null, "Passive",
                null, null, null, null, null, null, null, null, null), s.pairs().get(1));
    }

    @Test
    void eachStateOfTheLifecycleIsReadAsGlusterFsNamesItWithoutTheDots() {
        assertEquals(List.of("Created", "Created"), statuses(session("georep-status-detail-created.xml")));
        assertEquals(List.of("Initializing", "Initializing"), statuses(session("georep-status-detail-just-started.xml")));
        assertEquals(List.of("Paused", "Paused"), statuses(session("georep-status-detail-paused.xml")));
        assertEquals("Active", session("georep-status-detail-resumed.xml").status());
        assertEquals(List.of("Stopped", "Stopped"), statuses(session("georep-status-detail-stopped.xml")));
        assertEquals("Initializing", session("georep-status-detail-just-started.xml").status());
    }

    @Test
    void aCompletedCheckpointHasItsTimesAndIsTrue() {
        GeorepPair p1 = session("georep-status-detail-checkpoint.xml").pairs().get(0);
        assertEquals(Boolean.TRUE, p1.checkpointCompleted());
        assertEquals("2026-11-28 09:43:17", p1.checkpointTime());
        assertEquals("2026-11-28 09:43:31", p1.checkpointCompletionTime());
        assertNull(session("georep-status-detail-checkpoint.xml").pairs().get(1).checkpointCompleted());
    }

    @Test
    void aMountbrokerSessionNamesItsUser() {
        GeorepSession s = session("mb-georep-status-detail.xml");
        assertEquals(List.of("s1", "svol2", "geoaccount", "geoaccount@s1::svol2", "124a8133-b006-4d19-a6d1-abb655081380"),
                List.of(s.secondaryHost(), s.secondaryVolume(), s.secondaryUser(), s.secondary(), s.secondaryVolumeId()));
        assertEquals("geoaccount", s.pairs().get(0).secondaryUser());
        assertEquals("Active", session("mb-georep-status-detail-after.xml").status());
    }

    @Test
    void aVolumesSessionsReadWithoutASecondaryNameItAsTheOneSessionRead() {
        GeorepSession s = GeorepXml.sessions(xml("georep/api-check/api-status-detail-volume.xml"), "pvol").get(0);
        assertEquals(List.of("s1", "svol", "root", "s1::svol", "Created"),
                List.of(s.secondaryHost(), s.secondaryVolume(), s.secondaryUser(), s.secondary(), s.status()));
        assertEquals("s1::svol", s.pairs().get(0).secondary(), "GlusterFS writes ssh://s1::svol here");
    }

    @Test
    void sessionsOfAnotherVolumeAreNotThisVolumes() {
        assertEquals(List.of(), GeorepXml.sessions(xml("georep/georep-status-detail-active.xml"), "other"));
    }

    @Test
    void aBrickNoNodeReportedIsAnOfflinePairAndTheSummaryIgnoresIt() {
        GeorepSession s = session("georep-status-detail-active.xml");
        GeorepSession completed = GeorepXml.withOffline(s, List.of(
                new GeorepXml.Brick("p1", P1_UUID, "/srv/georep/p1/bricks/pvol"),
                new GeorepXml.Brick("p2", P2_UUID, "/srv/georep/p2/bricks/pvol"),
                new GeorepXml.Brick("p3", "0e5f", "/srv/georep/p3/bricks/pvol")));
        assertEquals(List.of("Active", "Passive", "Offline"), statuses(completed));
        assertEquals(GeorepPair.offline("p3", "/srv/georep/p3/bricks/pvol", "root", "s1::svol"), completed.pairs().get(2));
        assertEquals("Active", completed.status());
        assertSame(s, GeorepXml.withOffline(s, List.of(new GeorepXml.Brick("p1", P1_UUID, "/srv/georep/p1/bricks/pvol"))));
    }

    @Test
    void theSummaryPutsFaultyFirstThenActiveAndIsOfflineOnlyWhenNothingAnswered() {
        GeorepPair faulty = pair("Faulty");
        GeorepPair active = pair("Active");
        GeorepPair offline = pair("Offline");
        assertEquals("Faulty", GeorepXml.summary(List.of(active, faulty)));
        assertEquals("Active", GeorepXml.summary(List.of(pair("Passive"), active)));
        assertEquals("Stopped", GeorepXml.summary(List.of(offline, pair("Stopped"))));
        assertEquals("Offline", GeorepXml.summary(List.of(offline)));
        assertEquals("Offline", GeorepXml.summary(List.of()));
    }

    @Test
    void theVolumesBricksAreItsNodesAndPaths() {
        assertEquals(List.of(new GeorepXml.Brick("n1", "ec64f619-6946-400f-b706-e4349f0c2779", "/data/pool/n1/bricks/mr3"),
                        new GeorepXml.Brick("n2", "4efd8250-d0cb-4be1-9017-12ca82473a5e", "/data/pool/n2/bricks/mr3"),
                        new GeorepXml.Brick("n3", "4997cb7f-1552-486e-a815-05524bc83e59", "/data/pool/n3/bricks/mr3")),
                GeorepXml.bricks(xml("volume-info-rep3-3nodes.xml")));
    }

    @Test
    void theConfigIsTypedAsGlusterFsTypesItByTheNamesConfigTakes() {
        JsonObject options = GeorepXml.config(xml("georep/georep-config.xml")).options();
        assertEquals(67, options.size());
        assertTrue(options.getBoolean("secondary-access-mount"));
        assertEquals(false, options.getBoolean("access-mount"));
        assertEquals(3, options.getInt("sync-jobs"));
        assertEquals(22, options.getInt("ssh-port"));
        assertEquals(0, options.getInt("checkpoint"));
        assertEquals(1, options.getInt("primary-replica-count"));
        assertEquals("rsync", options.getString("sync-method"));
        assertEquals("", options.getString("allow-network"));
        assertEquals("/var/log/glusterfs/geo-replication/pvol_s1_svol/gsyncd.log", options.getString("log-file"));
    }

    private static GeorepPair pair(String status) {
        return new GeorepPair("n", "/b", null, null, null, null, status, null, null, null, null, null, null, null,
                null, null);
    }
}
