package org.gluster.restapi.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.gluster.restapi.Samples;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.state.StateLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the tool asks the gluster CLI is built from the catalog, and its answers are read as the daemon reads them. */
class GlusterArgvTest {

    @TempDir
    Path dir;

    Path state;
    Path args;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void gatewayDown() throws Exception {
        state = Files.createDirectories(dir.resolve("state"));
        args = dir.resolve("args");
        new Settings(StateLocation.fixed(state, Runnable::run).get()).set(Setting.PORT, "1");
    }

    private String gluster(String answer) throws Exception {
        Path answerFile = Files.writeString(dir.resolve("answer.xml"), answer);
        Path script = dir.resolve("gluster");
        Files.writeString(script, "#!/bin/sh\nprintf '%%s\\n' \"$@\" > '%s'\ncat '%s'\n".formatted(args, answerFile));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    private int status(String gluster) {
        CommandLine line = GlusterRestApi.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute("status", "--state-dir", state.toString(), "--gluster", gluster);
    }

    @Test
    void statusAsksForThePoolListAndNamesEveryPeerButThisNode() throws Exception {
        assertEquals(GlusterRestApi.DOWN, status(gluster(Samples.text("pool-list-3nodes.xml"))));

        assertEquals(List.of("--mode=script", "--xml", "pool", "list"), Files.readAllLines(args));
        assertTrue(out.toString().contains("peer n2") && out.toString().contains("peer n3"), out::toString);
        assertFalse(out.toString().contains("peer localhost"), out::toString);
        assertEquals("", err.toString());
    }

    @Test
    void aFailedAnswerIsReadByItsOpRetAndSaidOnStderr() throws Exception {
        String failed = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cliOutput><opRet>-1</opRet><opErrno>0</opErrno><opErrstr>pool list failed here</opErrstr></cliOutput>
                """;

        assertEquals(GlusterRestApi.DOWN, status(gluster(failed)));

        assertEquals("gluster-restapi: gluster pool list: pool list failed here", err.toString().strip());
        assertTrue(out.toString().contains("peers: glusterd does not answer"), out::toString);
    }

    @Test
    void theSharedVolumeOptionsAreTurnedOffThroughTheCatalogsVolumeSet() {
        var command = UseSharedStorageCommand.sharedVolumeOptionsOff();

        assertEquals(List.of("volume", "set", "gluster_shared_storage", "performance.stat-prefetch", "off",
                "performance.open-behind", "off", "performance.quick-read", "off"), command.args());
        assertTrue(command.mutating() && command.xml());
    }
}
