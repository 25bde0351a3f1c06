package org.gluster.restapi.profile.control;

import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gluster.restapi.profile.entity.BrickTop;
import org.gluster.restapi.profile.entity.TopEntry;
import org.junit.jupiter.api.Test;

class TopXmlTest {

    private static final String B1 = "vm:/data/bricks/b1";

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
                        List.of(new TopEntry("/data/big.bin", 350, "2026-11-24 04:51:02.123456")))),
                TopXml.bricks(xml("volume-top-gv0-write-perf-from-source.xml")));
    }
}
