package org.gluster.restapi.snapshots.control;

import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gluster.restapi.snapshots.entity.SnapshotConfig;
import org.gluster.restapi.snapshots.entity.VolumeSnapshotConfig;
import org.junit.jupiter.api.Test;

class SnapshotConfigXmlTest {

    @Test
    void defaultsAllow256SnapshotsWarnAt90PercentAndSwitchNothingOn() {
        assertEquals(new SnapshotConfig(256, 90, false, false, List.of(new VolumeSnapshotConfig("sv", 256, 256, 230))),
                SnapshotConfigXml.config(xml("snapshot-config-real.xml")));
    }

    @Test
    void changedLimitsShowInTheSystemAndTheVolumeConfig() {
        assertEquals(new SnapshotConfig(256, 50, true, true, List.of(new VolumeSnapshotConfig("sv", 10, 10, 5))),
                SnapshotConfigXml.config(xml("snapshot-config-sv-after-set-real.xml")));
    }
}
