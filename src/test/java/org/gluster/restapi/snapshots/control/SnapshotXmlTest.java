package org.gluster.restapi.snapshots.control;

import static org.gluster.restapi.Samples.run;
import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.gluster.restapi.paging.Cursor;
import org.gluster.restapi.paging.Page;
import org.gluster.restapi.paging.PageRequest;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.snapshots.entity.OriginVolume;
import org.gluster.restapi.snapshots.entity.Snapshot;
import org.gluster.restapi.snapshots.entity.SnapshotDeletion;
import org.gluster.restapi.snapshots.entity.SnapshotRef;
import org.gluster.restapi.snapshots.entity.SnapshotVolume;
import org.junit.jupiter.api.Test;

class SnapshotXmlTest {

    private static final String S1_ID = "3f1c2a9e-6b5d-4e7f-8a90-1b2c3d4e5f60";

    private static CliFailedException refusal(String sample) {
        return assertThrows(CliFailedException.class, () -> CliOutputReader.read(run(sample, 0)));
    }

    @Test
    void listWithoutSnapshotsIsEmpty() {
        assertEquals(List.of(), SnapshotXml.names(xml("snapshot-list-empty-real.xml")));
        assertEquals(List.of(), SnapshotXml.names(xml("snapshot-list-sv-empty-real.xml")));
    }

    @Test
    void listGivesTheNames() {
        assertEquals(List.of("s1", "s2"), SnapshotXml.names(xml("snapshot-list-from-source.xml")));
    }

    @Test
    void withoutLvmEverySnapshotCommandIsRefused() {
        assertEquals("LVM commands not found, snapshot functionality is disabled",
                refusal("snapshot-list.xml").opErrstr());
    }

    @Test
    void listOfAnUnknownVolumeIsRefusedAsNoSuchVolume() {
        assertEquals(30806, refusal("snapshot-list-nosuchvol-real.xml").opErrno());
    }

    @Test
    void infoWithoutSnapshotsIsEmptyEvenWhenAskedByVolume() {
        assertEquals(List.of(), SnapshotXml.snapshots(xml("snapshot-info-empty-real.xml")));
        assertEquals(List.of(), SnapshotXml.snapshots(xml("snapshot-info-volume-sv-empty-real.xml")));
    }

    @Test
    void infoOfASnapshotHasItsVolumeAndOrigin() {
        assertEquals(List.of(new Snapshot("s1", S1_ID, "before the upgrade", "2026-11-24 04:51:02",
                        List.of(new SnapshotVolume("8d6c7c3e1b2a4f5e9d0c1b2a3f4e5d6c", "Started",
                                new OriginVolume("gv0", 1, 255))))),
                SnapshotXml.snapshots(xml("snapshot-info-from-source.xml")));
    }

    @Test
    void theSnapshotListPagesByNameOnceEach() {
        List<Snapshot> all = SnapshotXml.snapshots(xml("snapshot-info-volume-from-source.xml"));
        Page<Snapshot> first = Page.of(all, Snapshot::name, new PageRequest(1, Optional.empty()));
        assertEquals(all.size(), first.total());
        Page<Snapshot> second = Page.of(all, Snapshot::name, new PageRequest(1,
                Optional.of(Cursor.key(first.next().orElseThrow()))));
        assertEquals(List.of(all.stream().map(Snapshot::name).sorted().toList().get(1)),
                second.items().stream().map(Snapshot::name).toList());
        assertEquals(all.size() > 2, second.next().isPresent());
    }

    @Test
    void infoByVolumeGivesEverySnapshotTheSharedOriginAndNoEmptyDescription() {
        List<Snapshot> snapshots = SnapshotXml.snapshots(xml("snapshot-info-volume-from-source.xml"));

        OriginVolume gv0 = new OriginVolume("gv0", 2, 254);
        assertEquals(List.of(gv0, gv0), snapshots.stream().map(s -> s.volumes().get(0).origin()).toList());
        assertNull(snapshots.get(1).description());
        assertEquals("Stopped", snapshots.get(1).volumes().get(0).status());
    }

    @Test
    void infoOfAnUnknownSnapshotIsRefused() {
        assertEquals("Snapshot (s1) does not exist", refusal("snapshot-info-nosuchsnap-real.xml").opErrstr());
    }

    @Test
    void createNamesTheNewSnapshot() {
        assertEquals(new SnapshotRef("s1", S1_ID), SnapshotXml.reference(xml("snapshot-create-from-source.xml")));
    }

    @Test
    void createOnBricksThatAreNotThinLvsIsRefused() {
        assertEquals(30815, refusal("snapshot-create-not-thin-real.xml").opErrno());
    }

    @Test
    void cloneNamesTheNewVolume() {
        assertEquals(new SnapshotRef("c1", "5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"),
                SnapshotXml.reference(xml("snapshot-clone-from-source.xml")));
    }

    @Test
    void restoreAndDeactivateNameTheSnapshot() {
        assertEquals(new SnapshotRef("s1", S1_ID), SnapshotXml.reference(xml("snapshot-restore-from-source.xml")));
        assertEquals(new SnapshotRef("s1", S1_ID), SnapshotXml.reference(xml("snapshot-deactivate-from-source.xml")));
    }

    @Test
    void answersOfOtherCommandsNameNoSnapshot() {
        assertNull(SnapshotXml.reference(xml("snapshot-config-real.xml")));
    }

    @Test
    void activateDeactivateCloneAndRestoreOfAnUnknownSnapshotAreRefused() {
        assertEquals(30807, refusal("snapshot-activate-nosuchsnap-real.xml").opErrno());
        assertEquals(30807, refusal("snapshot-deactivate-nosuchsnap-real.xml").opErrno());
        assertEquals(30807, refusal("snapshot-restore-nosuchsnap-real.xml").opErrno());
        assertEquals("Failed to find :s1 snap", refusal("snapshot-clone-nosuchsnap-real.xml").opErrstr());
    }

    @Test
    void deletingSeveralSnapshotsReportsEachOnesResult() {
        assertEquals(List.of(new SnapshotDeletion("s1", S1_ID, true, null),
                        new SnapshotDeletion("s2", null, false,
                                "Another transaction is in progress for s2. Please try again after some time.")),
                SnapshotXml.deletions(xml("snapshot-delete-volume-from-source.xml")));
    }

    @Test
    void deletingAllWhenThereAreNoneDeletesNothing() {
        assertEquals(List.of(), SnapshotXml.deletions(xml("snapshot-delete-all-empty-real.xml")));
        assertEquals(List.of(), SnapshotXml.deletions(xml("snapshot-delete-volume-sv-empty-real.xml")));
    }

    @Test
    void deletingAnUnknownSnapshotIsRefused() {
        assertEquals(30807, refusal("snapshot-delete-nosuchsnap-real.xml").opErrno());
    }
}
