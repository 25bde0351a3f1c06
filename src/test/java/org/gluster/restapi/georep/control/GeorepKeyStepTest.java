package org.gluster.restapi.georep.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.gluster.restapi.Samples;
import org.junit.jupiter.api.Test;

class GeorepKeyStepTest {

    @Test
    void theAnswerIsTheCommonPublicKeyFilesPathFromTheRealOutput() {
        assertEquals("/var/lib/glusterd/geo-replication/common_secret.pem.pub",
                GeorepKeyStep.publicKeyFile(Samples.text("georep/gsec-create.txt")));
        assertEquals("/var/lib/glusterd/geo-replication/common_secret.pem.pub",
                GeorepKeyStep.publicKeyFile(Samples.text("georep/api-check/api-gsec-create-script.txt")));
        assertEquals(null, GeorepKeyStep.publicKeyFile("something else"));
    }

    @Test
    void aFailureKeepsNoLineThatCouldHoldKeyMaterial() {
        String said = GeorepKeyStep.redacted("""
                gsec_create failed on node p2
                -----BEGIN OPENSSH PRIVATE KEY-----
                b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
                command="/usr/lib/x86_64-linux-gnu/glusterfs/gsyncd" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 root@p1
                """);
        assertEquals("gsec_create failed on node p2", said);
        assertFalse(GeorepKeyStep.redacted("-----BEGIN RSA PRIVATE KEY-----").contains("BEGIN"));
    }
}
