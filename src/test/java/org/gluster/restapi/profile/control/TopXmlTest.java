package org.gluster.restapi.profile.control;

import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gluster.restapi.profile.entity.BrickTop;
import org.gluster.restapi.profile.entity.TopEntry;
import org.junit.jupiter.api.Test;

class TopXmlTest {

    private static final String B1 = "vm:/data/bricks/b1";
    private static final String CAP = "vm:/work/main/target/glusterd/bricks/cap/b1";
    private static final List<TopEntry> ONE_CALL_EACH = List.of(new TopEntry("/f3", 1, null),
            new TopEntry("/f2", 1, null), new TopEntry("/f1", 1, null));

    @Test
    void readTopOfAnIdleBrickHasNoFiles() {
        assertEquals(List.of(new BrickTop(B1, null, null, null, null, null, List.of())),
                TopXml.bricks(xml("volume-top-gv0-read.xml")));
    }

    @Test
    void openTopHasTheOpenCountersAndNoMaxOpenTimeWhenNeverReached() {
        assertEquals(List.of(new BrickTop(B1, 0L, 0L, null, null, null, List.of())),
                TopXml.bricks(xml("volume-top-gv0-open.xml")));
    }

    @Test
    void readPerfTopHasTheBricksMeasuredThroughput() {
        assertEquals(List.of(new BrickTop(B1, null, null, null, 5120.0, 8.0, List.of())),
                TopXml.bricks(xml("volume-top-gv0-read-perf.xml")));
    }

    @Test
    void readTopListsEachBricksFilesWithTheirCalls() {
        assertEquals(List.of(
                new BrickTop(B1, null, null, null, null, null, List.of(new TopEntry("/logs/app.log", 1520, null),
                        new TopEntry("/etc/config.yaml", 12, null))),
                new BrickTop("vm:/data/bricks/b2", null, null, null, null, null, List.of())),
                TopXml.bricks(xml("volume-top-gv0-read-from-source.xml")));
    }

    @Test
    void writePerfTopListsFilesWithThroughputAndTime() {
        assertEquals(List.of(new BrickTop(B1, null, null, null, 2048.0, 0.02,
                        List.of(new TopEntry("/data/big.bin", 350, "2026-11-24 04:51:02.123456 +0000")))),
                TopXml.bricks(xml("volume-top-gv0-write-perf-from-source.xml")));
    }

    @Test
    void readAndWriteTopsOfABusyBrickListItsFiles() {
        assertEquals(List.of(new BrickTop(CAP, null, null, null, null, null, ONE_CALL_EACH)),
                TopXml.bricks(xml("volume-top-gvcap-read-real.xml")));
        assertEquals(List.of(new BrickTop(CAP, null, null, null, null, null, ONE_CALL_EACH)),
                TopXml.bricks(xml("volume-top-gvcap-write-real.xml")));
    }

    @Test
    void openTopKeepsTheTimeTheMostFilesWereOpen() {
        assertEquals(List.of(new BrickTop(CAP, 0L, 1L, "2026-11-24 05:08:45.960549 +0000", null, null, ONE_CALL_EACH)),
                TopXml.bricks(xml("volume-top-gvcap-open-real.xml")));
    }

    @Test
    void writePerfTopOfABusyBrickHasThroughputAndEachFilesTime() {
        BrickTop top = TopXml.bricks(xml("volume-top-gvcap-write-perf-real.xml")).get(0);

        assertEquals(829.56962, top.throughput(), 1e-9);
        assertEquals(79.0, top.timeTaken());
        assertEquals(new TopEntry("/f3", 0, "2026-11-24 05:08:46.013953 +0000"), top.files().get(0));
        assertEquals(3, top.files().size());
    }

    @Test
    void readPerfTopOfABusyBrickHasThroughput() {
        BrickTop top = TopXml.bricks(xml("volume-top-gvcap-read-perf-real.xml")).get(0);

        assertEquals(1260.307692, top.throughput(), 1e-9);
        assertEquals(3, top.files().size());
    }
}
