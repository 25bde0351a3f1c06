package org.gluster.restapi.heal.control;

import static org.gluster.restapi.Samples.run;
import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.heal.entity.BrickHealInfo;
import org.gluster.restapi.heal.entity.BrickHealSummary;
import org.gluster.restapi.heal.entity.HealEntry;
import org.junit.jupiter.api.Test;

class HealXmlTest {

    private static final String VM_UUID = "5d0b9016-4163-4f06-afe7-14af6c0e2e7c";
    private static final HealEntry ROOT = new HealEntry("/", "00000000-0000-0000-0000-000000000001");

    @Test
    void healthyReplicaHasNoEntriesOnAnyBrick() {
        List<BrickHealInfo> bricks = HealXml.info(xml("volume-heal-gvr-info.xml"));

        assertEquals(List.of(
                new BrickHealInfo("vm:/data/bricks/r1", "vm", "/data/bricks/r1", VM_UUID, "Connected", true, 0L,
                        List.of()),
                new BrickHealInfo("vm:/data/bricks/r2", "vm", "/data/bricks/r2", VM_UUID, "Connected", true, 0L,
                        List.of()),
                new BrickHealInfo("vm:/data/bricks/r3", "vm", "/data/bricks/r3", VM_UUID, "Connected", true, 0L,
                        List.of())), bricks);
    }

    @Test
    void pendingEntriesAreListedWithTheirGfidsAndAnUnreachableBrickHasNoCount() {
        List<BrickHealInfo> bricks = HealXml.info(xml("volume-heal-gvr-info-pending.xml"));

        assertEquals(List.of(ROOT, new HealEntry("/file1", "4d764157-2a82-40bc-b879-bdc596e6eb4d"),
                new HealEntry("/file5", "fb5fcc44-f618-4062-8ab5-ffa738053a52"),
                new HealEntry("/file4", "1cd8aa94-b394-4bd9-a1a3-9a33ae0e033e")), bricks.get(0).files());
        assertEquals(4L, bricks.get(1).entries());
        assertEquals(new BrickHealInfo("vm:/data/bricks/r3new", "vm", "/data/bricks/r3new", null,
                "Transport endpoint is not connected", false, null, List.of()), bricks.get(2));
    }

    @Test
    void nodeDownOnAThreeNodePoolLeavesTheOtherBricksCounted() {
        List<BrickHealInfo> bricks = HealXml.info(xml("volume-heal-info-node-down.xml"));

        assertEquals(List.of("n1", "n2", "n3"), bricks.stream().map(BrickHealInfo::host).toList());
        assertEquals(List.of(true, false, true), bricks.stream().map(BrickHealInfo::connected).toList());
        assertEquals(Arrays.asList(3L, null, 3L), bricks.stream().map(BrickHealInfo::entries).toList());
        assertEquals("4997cb7f-1552-486e-a815-05524bc83e59", bricks.get(2).hostUuid());
        assertEquals("/f4", bricks.get(2).files().get(0).path());
    }

    @Test
    void splitBrainInfoReadsLikeHealInfo() {
        List<BrickHealInfo> bricks = HealXml.info(xml("volume-heal-gvr-info-split-brain.xml"));

        assertEquals(3, bricks.size());
        bricks.forEach(b -> assertEquals(0L, b.entries()));
    }

    @Test
    void summaryCountsEachKindOfEntry() {
        List<BrickHealSummary> bricks = HealXml.summary(xml("volume-heal-gvr-info-summary.xml"));

        assertEquals(new BrickHealSummary("vm:/data/bricks/r1", "vm", "/data/bricks/r1", VM_UUID, "Connected", true,
                0L, 0L, 0L, 0L), bricks.get(0));
        assertEquals(3, bricks.size());
    }

    @Test
    void summaryOfAnUnreachableBrickHasNullCountsInsteadOfDashes() {
        List<BrickHealSummary> bricks = HealXml.summary(xml("volume-heal-gvr-info-summary-node-down-from-source.xml"));

        assertEquals(List.of(
                new BrickHealSummary("n1:/data/bricks/r1", "n1", "/data/bricks/r1",
                        "ec64f619-6946-400f-b706-e4349f0c2779", "Connected", true, 5L, 3L, 1L, 1L),
                new BrickHealSummary("n2:/data/bricks/r2", "n2", "/data/bricks/r2", null,
                        "Transport endpoint is not connected", false, null, null, null, null)), bricks);
    }

    @Test
    void healInfoOfADistributeVolumeIsARefusalDespiteHealInfoComingFirst() {
        CliFailedException e = assertThrows(CliFailedException.class,
                () -> CliOutputReader.read(run("volume-heal-gv0-info.xml", 234)));

        assertEquals(22, e.opErrno());
    }
}
