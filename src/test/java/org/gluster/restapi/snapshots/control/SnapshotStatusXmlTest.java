package org.gluster.restapi.snapshots.control;

import static org.gluster.restapi.Samples.run;
import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.cli.CliOutputUnreadableException;
import org.gluster.restapi.snapshots.entity.SnapshotBrick;
import org.gluster.restapi.snapshots.entity.SnapshotStatus;
import org.junit.jupiter.api.Test;

class SnapshotStatusXmlTest {

    private static final String SNAPS = "/run/gluster/snaps/8d6c7c3e1b2a4f5e9d0c1b2a3f4e5d6c";

    @Test
    void statusWithoutSnapshotsIsEmpty() {
        assertEquals(List.of(), SnapshotStatusXml.statuses(xml("snapshot-status-empty-real.xml")));
    }

    @Test
    void statusOfAnUnknownSnapshotIsASuccessWithoutSnapshots() {
        assertEquals(List.of(), SnapshotStatusXml.statuses(xml("snapshot-status-nosuchsnap-real.xml")));
    }

    @Test
    void statusOfAVolumeWithoutSnapshotsPrintsNothingWhichIsUnreadable() {
        assertThrows(CliOutputUnreadableException.class,
                () -> CliOutputReader.read(run("snapshot-status-volume-sv-empty-real.xml", 0)));
    }

    @Test
    void statusGivesEachBricksLvAndProcessWithNullForNotAvailable() {
        assertEquals(List.of(new SnapshotStatus("s1", "3f1c2a9e-6b5d-4e7f-8a90-1b2c3d4e5f60", List.of(
                        new SnapshotBrick("n1:" + SNAPS + "/brick1/b1", "n1", SNAPS + "/brick1/b1", "gvg", true, 4242L,
                                0.06, "1.00g"),
                        new SnapshotBrick("n2:" + SNAPS + "/brick2/b1", "n2", SNAPS + "/brick2/b1", "gvg", false, null,
                                null, null)))),
                SnapshotStatusXml.statuses(xml("snapshot-status-from-source.xml")));
    }
}
