package org.gluster.restapi.volumes.control;

import static org.gluster.restapi.Samples.output;
import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.volumes.entity.Brick;
import org.gluster.restapi.volumes.entity.BrickStatus;
import org.gluster.restapi.volumes.entity.DaemonStatus;
import org.gluster.restapi.volumes.entity.Volume;
import org.gluster.restapi.volumes.entity.VolumeOption;
import org.gluster.restapi.volumes.entity.VolumeStatus;
import org.junit.jupiter.api.Test;

class VolumeXmlTest {

    private static final String VM_UUID = "5d0b9016-4163-4f06-afe7-14af6c0e2e7c";

    private static Volume only(List<Volume> volumes) {
        assertEquals(1, volumes.size());
        return volumes.get(0);
    }

    private static Volume named(String name, List<Volume> volumes) {
        return volumes.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    private static VolumeOption option(String name, List<VolumeOption> options) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void distributeVolumeWithOneBrick() {
        Volume gv0 = only(VolumeXml.volumes(xml("volume-info-gv0.xml")));

        Map<String, String> options = new LinkedHashMap<>();
        options.put("storage.fips-mode-rchecksum", "on");
        options.put("transport.address-family", "inet");
        options.put("nfs.disable", "on");
        assertAll(
                () -> assertEquals("gv0", gv0.name()),
                () -> assertEquals("3df2fa5b-72a6-4953-af8c-553c8fcba382", gv0.id()),
                () -> assertEquals("Started", gv0.status()),
                () -> assertEquals("Distribute", gv0.type()),
                () -> assertEquals("tcp", gv0.transport()),
                () -> assertEquals(1, gv0.brickCount()),
                () -> assertEquals(1, gv0.distCount()),
                () -> assertEquals(1, gv0.replicaCount()),
                () -> assertEquals(0, gv0.arbiterCount()),
                () -> assertEquals(0, gv0.disperseCount()),
                () -> assertEquals(0, gv0.redundancyCount()),
                () -> assertEquals(0, gv0.snapshotCount()),
                () -> assertEquals(List.of(new Brick("vm:/data/bricks/b1", "vm", "/data/bricks/b1", VM_UUID, false)),
                        gv0.bricks()),
                () -> assertEquals(List.copyOf(options.entrySet()), List.copyOf(gv0.options().entrySet())),
                () -> assertNull(gv0.live()));
    }

    @Test
    void replicaVolumeOnOneNode() {
        Volume gvr = only(VolumeXml.volumes(xml("volume-info-gvr.xml")));

        assertEquals("Replicate", gvr.type());
        assertEquals(3, gvr.brickCount());
        assertEquals(3, gvr.replicaCount());
        assertEquals(List.of("/data/bricks/r1", "/data/bricks/r2", "/data/bricks/r3"),
                gvr.bricks().stream().map(Brick::path).toList());
        assertTrue(gvr.bricks().stream().allMatch(b -> b.host().equals("vm") && !b.arbiter()));
    }

    @Test
    void replicaVolumeOnThreeNodesHasOneBrickPerHost() {
        Volume mr3 = only(VolumeXml.volumes(xml("volume-info-rep3-3nodes.xml")));

        assertEquals(List.of(
                new Brick("n1:/data/pool/n1/bricks/mr3", "n1", "/data/pool/n1/bricks/mr3",
                        "ec64f619-6946-400f-b706-e4349f0c2779", false),
                new Brick("n2:/data/pool/n2/bricks/mr3", "n2", "/data/pool/n2/bricks/mr3",
                        "4efd8250-d0cb-4be1-9017-12ca82473a5e", false),
                new Brick("n3:/data/pool/n3/bricks/mr3", "n3", "/data/pool/n3/bricks/mr3",
                        "4997cb7f-1552-486e-a815-05524bc83e59", false)), mr3.bricks());
    }

    @Test
    void arbiterBrickIsFlagged() {
        Volume arb = named("arb", VolumeXml.volumes(xml("volume-info-disperse-arbiter-distrep.xml")));

        assertEquals("Replicate", arb.type());
        assertEquals(3, arb.replicaCount());
        assertEquals(1, arb.arbiterCount());
        assertEquals(List.of(false, false, true), arb.bricks().stream().map(Brick::arbiter).toList());
    }

    @Test
    void distributedReplicateVolumeHasItsCounts() {
        Volume dr = named("dr", VolumeXml.volumes(xml("volume-info-disperse-arbiter-distrep.xml")));

        assertEquals("Distributed-Replicate", dr.type());
        assertEquals(6, dr.brickCount());
        assertEquals(2, dr.distCount());
        assertEquals(3, dr.replicaCount());
        assertEquals(6, dr.bricks().size());
    }

    @Test
    void disperseVolumeHasItsCounts() {
        Volume ec = named("ec", VolumeXml.volumes(xml("volume-info-disperse-arbiter-distrep.xml")));

        assertEquals("Disperse", ec.type());
        assertEquals("Created", ec.status());
        assertEquals(3, ec.disperseCount());
        assertEquals(1, ec.redundancyCount());
    }

    @Test
    void volumeInfoOfAllVolumesKeepsTheirOrder() {
        assertEquals(List.of("arb", "dr", "ec"), VolumeXml.volumes(xml("volume-info-disperse-arbiter-distrep.xml"))
                .stream().map(Volume::name).toList());
    }

    @Test
    void noVolumesReadAsAnEmptyList() {
        assertEquals(List.of(), VolumeXml.volumes(xml("volume-info-empty.xml")));
    }

    @Test
    void brickWithoutNameChildIsReadFromItsOwnText() {
        String xml = """
                <cliOutput><opRet>0</opRet><opErrno>0</opErrno><opErrstr/><volInfo><volumes><volume>
                <name>old</name><bricks><brick uuid="%s">vm:/data/bricks/b1<isArbiter>0</isArbiter></brick></bricks>
                </volume></volumes></volInfo></cliOutput>
                """.formatted(VM_UUID);

        Volume old = only(VolumeXml.volumes(CliOutputReader.read(output(xml, "", 0)).xml()));

        assertEquals(List.of(new Brick("vm:/data/bricks/b1", "vm", "/data/bricks/b1", VM_UUID, false)), old.bricks());
    }

    @Test
    void detailedStatusCarriesSizesAndFilesystem() {
        List<VolumeStatus> statuses = VolumeXml.statuses(xml("volume-status-gv0-detail.xml"));

        assertEquals(List.of(new VolumeStatus("gv0", List.of(new BrickStatus("vm", "/data/bricks/b1", VM_UUID, true,
                58500, 6064L, 270553174016L, 247205531648L, "/dev/vda", 4096L,
                "rw,relatime,discard,resv_strict,resuid=65534,resgid=65534", "ext4", 16777216L, 16370787L)),
                List.of())), statuses);
    }

    @Test
    void offlineBrickHasNeitherPortNorPid() {
        VolumeStatus gvr = VolumeXml.statuses(xml("volume-status-gvr-brickdown.xml")).get(0);

        BrickStatus r3new = gvr.bricks().get(2);
        assertEquals("/data/bricks/r3new", r3new.path());
        assertFalse(r3new.online());
        assertNull(r3new.port());
        assertNull(r3new.pid());
    }

    @Test
    void statusWithoutDetailLeavesTheDetailFieldsNull() {
        BrickStatus r1 = VolumeXml.statuses(xml("volume-status-gvr-brickdown.xml")).get(0).bricks().get(0);

        assertEquals(new BrickStatus("vm", "/data/bricks/r1", VM_UUID, true, 57489, 7449L, null, null, null, null,
                null, null, null, null), r1);
    }

    @Test
    void selfHealDaemonIsADaemonNotABrick() {
        VolumeStatus gvr = VolumeXml.statuses(xml("volume-status-gvr-brickdown.xml")).get(0);

        assertEquals(List.of("/data/bricks/r1", "/data/bricks/r2", "/data/bricks/r3new"),
                gvr.bricks().stream().map(BrickStatus::path).toList());
        assertEquals(List.of(new DaemonStatus("Self-heal Daemon", "localhost", VM_UUID, true, 9204L)), gvr.daemons());
    }

    @Test
    void statusOfAllVolumesOnThreeNodes() {
        List<VolumeStatus> statuses = VolumeXml.statuses(xml("volume-status-all-3nodes.xml"));

        assertEquals(List.of("mr2", "mr3"), statuses.stream().map(VolumeStatus::name).toList());
        VolumeStatus mr3 = statuses.get(1);
        assertEquals(List.of("n1", "n2", "n3"), mr3.bricks().stream().map(BrickStatus::host).toList());
        assertEquals(List.of(55355, 60126, 57653), mr3.bricks().stream().map(BrickStatus::port).toList());
        assertEquals(List.of("localhost", "n2", "n3"), mr3.daemons().stream().map(DaemonStatus::host).toList());
        assertEquals(2, statuses.get(0).bricks().size());
        assertEquals(3, statuses.get(0).daemons().size());
    }

    @Test
    void allOptionsOfAVolumeAreRead() {
        assertEquals(342, VolumeXml.options(xml("volume-get-gv0-all.xml")).size());
    }

    @Test
    void defaultSuffixIsStrippedAndMarksTheOptionDefault() {
        List<VolumeOption> options = VolumeXml.options(xml("volume-get-gv0-all.xml"));

        assertEquals(new VolumeOption("cluster.lookup-unhashed", "on", true),
                option("cluster.lookup-unhashed", options));
        assertEquals(new VolumeOption("cluster.min-free-disk", "10%", true), option("cluster.min-free-disk", options));
        assertTrue(options.stream().noneMatch(o -> o.value().contains("(DEFAULT)")));
    }

    @Test
    void emptyDefaultValueReadsAsEmptyAndDefault() {
        assertEquals(new VolumeOption("performance.cache-priority", "", true),
                option("performance.cache-priority", VolumeXml.options(xml("volume-get-gv0-all.xml"))));
    }

    @Test
    void setOptionIsNotDefault() {
        assertEquals(new VolumeOption("performance.cache-size", "64MB", false),
                option("performance.cache-size", VolumeXml.options(xml("volume-get-gv0-all.xml"))));
    }

    @Test
    void singleOptionIsRead() {
        assertEquals(List.of(new VolumeOption("performance.cache-size", "64MB", false)),
                VolumeXml.options(xml("volume-get-gv0-cache-size.xml")));
    }
}
