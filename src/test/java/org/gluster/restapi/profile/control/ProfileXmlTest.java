package org.gluster.restapi.profile.control;

import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gluster.restapi.profile.entity.BlockStat;
import org.gluster.restapi.profile.entity.BrickProfile;
import org.gluster.restapi.profile.entity.FopStat;
import org.gluster.restapi.profile.entity.ProfileStats;
import org.junit.jupiter.api.Test;

class ProfileXmlTest {

    @Test
    void idleBrickHasBothPeriodsWithoutBlocksOrOperations() {
        ProfileStats idle = new ProfileStats(27, 0, 0, List.of(), List.of());

        assertEquals(List.of(new BrickProfile("vm:/data/bricks/b1", idle, idle)),
                ProfileXml.bricks(xml("volume-profile-gv0-info.xml")));
    }

    @Test
    void busyBrickKeepsUsedBlockSizesAndEveryOperationsLatencyInMicroseconds() {
        List<BrickProfile> bricks = ProfileXml.bricks(xml("volume-profile-gv0-info-from-source.xml"));

        assertEquals(new ProfileStats(120, 40_960, 1_130_496,
                List.of(new BlockStat(4096, 10, 20), new BlockStat(131_072, 0, 8)),
                List.of(new FopStat("STAT", 4, 35.25, 20.0, 60.0), new FopStat("WRITE", 28, 152.345678, 41.0, 998.5),
                        new FopStat("LOOKUP", 12, 88.0, 30.0, 210.0))), bricks.get(0).cumulative());
        assertEquals(new ProfileStats(15, 0, 262_144, List.of(new BlockStat(131_072, 0, 2)),
                List.of(new FopStat("WRITE", 2, 120.5, 100.0, 141.0))), bricks.get(0).interval());
        assertEquals("vm:/data/bricks/b2", bricks.get(1).brick());
    }

    @Test
    void profileStartAnswersWithoutBricks() {
        assertEquals(List.of(), ProfileXml.bricks(xml("volume-profile-gv0-start.xml")));
    }
}
