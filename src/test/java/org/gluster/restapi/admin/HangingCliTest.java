package org.gluster.restapi.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gluster.restapi.cli.HangingGluster;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.state.StateLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * With glusterd hung (a CLI that never answers), the tool's commands that ask glusterd end after the
 * clitimeout setting with a message on stderr and a non-zero exit, and the CLI's process tree is killed.
 */
class HangingCliTest {

    static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    Path state;
    HangingGluster gluster;

    @BeforeEach
    void hang() throws Exception {
        state = Files.createDirectories(dir.resolve("state"));
        gluster = new HangingGluster(Files.createDirectories(dir.resolve("cli")));
        Settings settings = new Settings(StateLocation.fixed(state, Runnable::run).get());
        settings.set(Setting.CLITIMEOUT, "1");
        settings.set(Setting.PORT, "1");
    }

    @AfterEach
    void cleanUp() throws Exception {
        gluster.close();
    }

    @Test
    void statusEndsAfterTheCliTimeoutSaysWhyAndKillsTheCli() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = GlusterRestApi.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));

        int exit = assertTimeoutPreemptively(BOUND,
                () -> line.execute("status", "--state-dir", state.toString(), "--gluster", gluster.command()));

        assertEquals(GlusterRestApi.DOWN, exit, "this node's gateway is down too (port 1)");
        assertTrue(err.toString().contains("gluster-restapi: the gluster CLI did not finish within 1 s and was"
                + " killed: pool list"), err::toString);
        assertTrue(out.toString().contains("peers: glusterd does not answer"), out::toString);
        assertTreeKilled();
    }

    @Test
    void useSharedStorageRunAsTheToolEndsWithExitCode1AfterTheCliTimeout() throws Exception {
        Path stderr = dir.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GlusterRestApi.class.getName(),
                "use-shared-storage", "--gluster", gluster.command())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile());
        builder.environment().put("GLUSTERREST_STATE_DIR", state.toString());
        builder.environment().put("GLUSTERREST_SHARED_STATE_DIR", dir.resolve("shared/glusterrestd").toString());
        Process tool = builder.start();
        try {
            tool.getOutputStream().close();
            if (!tool.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)) {
                fail("the tool did not end within " + BOUND + ": " + Files.readString(stderr));
            }
            String message = Files.readString(stderr, StandardCharsets.UTF_8);
            assertEquals(GlusterRestApi.FAILED, tool.exitValue(), message);
            assertEquals("gluster-restapi: the gluster CLI did not finish within 1 s and was killed: pool list"
                    + " (the clitimeout setting)", message.strip());
            assertTreeKilled();
        } finally {
            tool.destroyForcibly();
        }
    }

    private void assertTreeKilled() throws Exception {
        List<Long> pids = gluster.pids();
        assertEquals(2, pids.size(), () -> "the CLI and its child recorded their pids: " + pids);
        for (long pid : pids) {
            assertTrue(HangingGluster.ended(pid, BOUND), "process " + pid + " was killed");
        }
    }
}
