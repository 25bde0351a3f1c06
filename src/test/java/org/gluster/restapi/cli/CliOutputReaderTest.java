package org.gluster.restapi.cli;

import static org.gluster.restapi.Samples.output;
import static org.gluster.restapi.Samples.run;
import static org.gluster.restapi.Samples.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliOutputReaderTest {

    @Test
    void successXmlIsReadWithItsRootElement() {
        CliOutput output = CliOutputReader.read(run("volume-info-gv0.xml", 0));

        assertEquals(0, output.opErrno());
        assertEquals("", output.message());
        assertEquals("gv0", output.xml().path("volInfo", "volumes", "volume").text("name"));
    }

    @Test
    void outputElementIsTheMessageOfASuccess() {
        assertEquals("success", CliOutputReader.read(run("peer-detach-success.xml", 0)).message());
    }

    @Test
    void opRetZeroWithNonZeroOpErrnoIsASuccessKeepingTheErrno() {
        CliOutput output = CliOutputReader.read(run("peer-probe-already.xml", 0));

        assertEquals(2, output.opErrno());
        assertEquals("Host n2 port 24007 already in peer list", output.message());
    }

    @Test
    void opRetMinusOneWithExitCodeZeroIsAFailure() {
        CliFailedException e = assertThrows(CliFailedException.class,
                () -> CliOutputReader.read(run("volume-set-invalid-opt.xml", 0)));

        assertAll(
                () -> assertEquals(-1, e.opRet()),
                () -> assertEquals(30800, e.opErrno()),
                () -> assertEquals("option : no.such.option does not exist\nDid you mean nfs.drc-size or ...mem-factor?",
                        e.opErrstr()));
    }

    @Test
    void opRetPlusOneIsAFailure() {
        String detachOfABrickHost = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cliOutput>
                  <opRet>1</opRet>
                  <opErrno>3</opErrno>
                  <opErrstr>Peer n3 hosts one or more bricks. If the peer is in not recoverable state then use \
                either replace-brick or remove-brick command with force to remove all bricks from the peer and \
                attempt the peer detach again.</opErrstr>
                </cliOutput>
                """;

        CliFailedException e = assertThrows(CliFailedException.class,
                () -> CliOutputReader.read(output(detachOfABrickHost, "", 0)));

        assertEquals(1, e.opRet());
        assertEquals(3, e.opErrno());
        assertTrue(e.opErrstr().startsWith("Peer n3 hosts one or more bricks."), e.opErrstr());
    }

    @Test
    void connectionFailedTextMeansGlusterdIsUnavailable() {
        assertThrows(GlusterdUnavailableException.class, () -> CliOutputReader.read(
                run("glusterd-down-volume-info.out", "glusterd-down-volume-info.err", 1)));
    }

    @Test
    void usageTextOfAnUnknownCommandIsUnreadableAndCarriesTheText() {
        CliOutputUnreadableException e = assertThrows(CliOutputUnreadableException.class,
                () -> CliOutputReader.read(run("cli-unknown-command.xml", 1)));

        assertEquals(text("cli-unknown-command.xml").strip(), e.output());
    }

    @Test
    void usageTextOnStderrIsUnreadableAndCarriesTheText() {
        CliOutputUnreadableException e = assertThrows(CliOutputUnreadableException.class, () -> CliOutputReader.read(
                run("cli-parse-error-localhost.xml", "cli-parse-error-localhost.stderr", 1)));

        assertEquals(text("cli-parse-error-localhost.stderr").strip(), e.output());
    }

    @Test
    void requestTimedOutBeforeAFakeSuccessIsATimeout() {
        assertThrows(CliTimeoutException.class, () -> CliOutputReader.read(
                run("timeout-volume-info.stdout", "timeout-volume-info.stderr", 0)));
    }

    @Test
    void geoReplicationsPlainFailureInXmlModeIsNoSuchSession() {
        CliFailedException none = assertThrows(CliFailedException.class,
                () -> CliOutputReader.read(run("georep/georep-status-nosession.xml", 2)));
        assertEquals(CliFailure.NOT_FOUND, none.kind());
        assertTrue(none.opErrstr().startsWith("no such geo-replication session"), none.opErrstr());
    }

    @Test
    void healLaunchPlainTextIsASuccessWithThatText() {
        CliOutput output = CliOutputReader.read(run("volume-heal-gvr.xml", 0));

        assertNull(output.root());
        assertEquals(text("volume-heal-gvr.xml").strip(), output.message());
    }

    @Test
    void unsuccessfulHealLaunchIsAFailure() {
        String stderr = """
                Launching heal operation to perform index self heal on volume gvr has been unsuccessful:
                Self-heal daemon is not running. Check self-heal daemon log file.
                """;

        CliFailedException e = assertThrows(CliFailedException.class,
                () -> CliOutputReader.read(output("", stderr, 1)));

        assertEquals(stderr.strip(), e.opErrstr());
    }

    @Test
    void opErrstrOfASuccessfulCreateWithAReusedBrickIsItsMessage() {
        CliOutput output = CliOutputReader.read(run("volume-create-reused-brick.xml", 0));

        assertEquals("/data/bricks/td1 is already part of a volume", output.message());
        assertEquals("reuse", output.xml().path("volCreate", "volume").text("name"));
    }

    @Test
    void opErrstrOfASuccessfulRemoveBrickStartIsItsMessage() {
        assertEquals("Remove Brick start successful",
                CliOutputReader.read(run("volume-remove-brick-gvd-start.xml", 0)).message());
    }

    @Test
    void healInfoFailureWithHealInfoBeforeOpRetAndExitCode234IsReadFromTheXml() {
        CliFailedException e = assertThrows(CliFailedException.class,
                () -> CliOutputReader.read(run("volume-heal-gv0-info.xml", 234)));

        assertEquals(-1, e.opRet());
        assertEquals(22, e.opErrno());
        assertEquals("This command is supported for only volumes of replicate/disperse type. Volume gv0 is not of type"
                + " replicate/disperse", e.opErrstr());
    }

    @Test
    void healInfoBeforeOpRetIsASuccess() {
        CliOutput output = CliOutputReader.read(run("volume-heal-gvr-info.xml", 0));

        assertEquals(3, output.xml().path("healInfo", "bricks").children("brick").size());
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret"), "s3cr3t-marker");
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE cliOutput [<!ENTITY e SYSTEM "%s">]>
                <cliOutput><opRet>0</opRet><opErrno>0</opErrno><opErrstr/><output>&e;</output></cliOutput>
                """.formatted(secret.toUri());

        CliOutputUnreadableException e = assertThrows(CliOutputUnreadableException.class,
                () -> CliOutputReader.read(output(xml, "", 0)));

        assertFalse(e.getMessage().contains("s3cr3t-marker"));
        assertFalse(e.output().contains("s3cr3t-marker"));
    }

    @Test
    void truncatedXmlIsUnreadable() {
        String xml = text("volume-info-gv0.xml");
        String truncated = xml.substring(0, xml.length() / 2);

        CliOutputUnreadableException e = assertThrows(CliOutputUnreadableException.class,
                () -> CliOutputReader.read(output(truncated, "", 0)));

        assertEquals(truncated.strip(), e.output());
    }

    @Test
    void xmlWithoutOpRetIsUnreadable() {
        assertThrows(CliOutputUnreadableException.class, () -> CliOutputReader.read(
                output("<cliOutput><opErrno>0</opErrno><opErrstr/></cliOutput>", "", 0)));
    }

    @Test
    void emptyOutputWithExitCodeOneIsUnreadable() {
        CliOutputUnreadableException e = assertThrows(CliOutputUnreadableException.class,
                () -> CliOutputReader.read(output("", "", 1)));

        assertEquals("", e.output());
    }
}
