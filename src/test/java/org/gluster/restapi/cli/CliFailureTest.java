package org.gluster.restapi.cli;

import static org.gluster.restapi.Samples.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CliFailureTest {

    private static CliFailure kindOf(String sample) {
        return assertThrows(CliFailedException.class, () -> CliOutputReader.read(run(sample, 0))).kind();
    }

    @Test
    void noSuchVolumeErrnoIsNotFound() {
        CliFailure kind = kindOf("volume-info-nonexistent.xml");

        assertEquals(CliFailure.NOT_FOUND, kind);
        assertEquals(404, kind.status);
    }

    @Test
    void volumeThatDoesNotExistUnderTheGenericErrnoIsNotFound() {
        assertEquals(CliFailure.NOT_FOUND, kindOf("volume-stop-nonexistent.xml"));
    }

    @Test
    void detachOfAHostOutsideThePoolIsNotFound() {
        assertEquals(CliFailure.NOT_FOUND, kindOf("peer-detach-unknown.xml"));
    }

    @Test
    void createWithAnExistingNameIsAlreadyExists() {
        CliFailure kind = kindOf("volume-create-existing-name.xml");

        assertEquals(CliFailure.ALREADY_EXISTS, kind);
        assertEquals(409, kind.status);
    }

    @Test
    void anotherTransactionInProgressIsBusy() {
        CliFailure kind = kindOf("volume-set-another-transaction.xml");

        assertEquals(CliFailure.BUSY, kind);
        assertEquals(409, kind.status);
    }

    @Test
    void lockingFailedOnAPeerIsBusy() {
        assertEquals(CliFailure.BUSY, kindOf("volume-set-locking-failed.xml"));
    }

    @Test
    void unknownOptionIsInvalid() {
        CliFailure kind = kindOf("volume-set-invalid-opt.xml");

        assertEquals(CliFailure.INVALID, kind);
        assertEquals(400, kind.status);
    }

    @Test
    void invalidOptionValueIsInvalid() {
        assertEquals(CliFailure.INVALID, kindOf("volume-set-invalid-value.xml"));
    }

    @Test
    void deletingAStartedVolumeIsRefused() {
        CliFailure kind = kindOf("volume-delete-started.xml");

        assertEquals(CliFailure.REFUSED, kind);
        assertEquals(409, kind.status);
    }

    @Test
    void statusOfAStoppedVolumeIsRefused() {
        assertEquals(CliFailure.REFUSED, kindOf("volume-status-stopped.xml"));
    }

    @Test
    void createWithoutForceOfReplicasOnOneServerIsRefused() {
        assertEquals(CliFailure.REFUSED, kindOf("volume-create-rep3-noforce.xml"));
    }

    @Test
    void disabledSnapshotsAreRefused() {
        assertEquals(CliFailure.REFUSED, kindOf("snapshot-create-gv0.xml"));
    }

    @Test
    void probeOfAnUnreachableHostIsPeerUnreachable() {
        CliFailure kind = kindOf("peer-probe-unreachable.xml");

        assertEquals(CliFailure.PEER_UNREACHABLE, kind);
        assertEquals(502, kind.status);
    }

    @Test
    void createWithAPeerDownIsPeerUnreachable() {
        assertEquals(CliFailure.PEER_UNREACHABLE, kindOf("volume-create-peer-down.xml"));
    }

    @Test
    void probeOfAHostWithVolumesOrInAnotherPoolIsRefused() {
        assertEquals(CliFailure.REFUSED, kindOf("peer-probe-has-volumes.xml"));
    }

    @Test
    void detachOfAPeerHostingBricksIsRefused() {
        assertEquals(CliFailure.REFUSED, CliFailure.classify(3, "Peer n3 hosts one or more bricks. If the peer is in"
                + " not recoverable state then use either replace-brick or remove-brick command with force to remove"
                + " all bricks from the peer and attempt the peer detach again."));
    }

    @Test
    void failureWithoutTextIsRefused() {
        assertEquals(CliFailure.REFUSED, CliFailure.classify(0, null));
    }

    @Test
    void onlyTheRefusalsThatPassAreAnsweredWithRetryAfterAndTheMomentaryOneIsNeverReadOffTheAnswer() {
        assertEquals("5", CliFailure.BUSY.retryAfter);
        assertEquals(503, CliFailure.NOT_NOW.status);
        assertEquals("2", CliFailure.NOT_NOW.retryAfter);
        for (CliFailure kind : CliFailure.values()) {
            if (kind != CliFailure.BUSY && kind != CliFailure.NOT_NOW) {
                assertEquals(null, kind.retryAfter, kind::name);
            }
        }
        assertEquals(CliFailure.REFUSED, CliFailure.classify(30800, "Glusterd Syncop Mgmt brick op 'Rebalance' "
                + "failed. Please check brick log file for details."), "momentary only where the caller knows it");
    }
}
