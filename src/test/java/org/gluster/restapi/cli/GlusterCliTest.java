package org.gluster.restapi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one CLI runner, outside any container: argv, stdin, bounded output, the timeout and the kill. */
class GlusterCliTest {

    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    final ExecutorService executor = Executors.newCachedThreadPool();
    final List<String> heard = new ArrayList<>();
    final CliListener listener = new CliListener() {
        @Override
        public void started(List<String> args) {
            heard.add("started " + String.join(" ", args));
        }

        @Override
        public void finished(List<String> args, long elapsedNanos) {
            heard.add("finished " + String.join(" ", args));
        }
    };

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private Path script(String body) throws IOException {
        Path script = dir.resolve("gluster-" + Math.abs(body.hashCode()));
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void aHangingCliIsKilledWithItsChildWhenTheTimeoutEnds() throws Exception {
        try (HangingGluster hanging = new HangingGluster(dir)) {
            GlusterCli cli = new GlusterCli(hanging.command(), 1024, executor, listener);

            CliTimeoutException timeout = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(CliTimeoutException.class, () -> cli.run(List.of("pool", "list"), true, TIMEOUT)));

            assertEquals("the gluster CLI did not finish within 1 s and was killed: pool list", timeout.getMessage());
            List<Long> pids = hanging.pids();
            assertEquals(2, pids.size(), () -> "the CLI and its child recorded their pids: " + pids);
            for (long pid : pids) {
                assertTrue(HangingGluster.ended(pid, BOUND), "process " + pid + " was killed");
            }
            assertEquals(List.of("started pool list", "finished pool list"), heard);
        }
    }

    @Test
    void eachOutputStreamIsCutAtTheBound() throws Exception {
        Path chatty = script("head -c 100000 /dev/zero | tr '\\0' o; head -c 100000 /dev/zero | tr '\\0' e >&2");
        GlusterCli cli = new GlusterCli(chatty.toString(), 1000, executor);

        CliRun run = cli.run(List.of("volume", "info"), true, Duration.ofSeconds(10));

        assertEquals(0, run.exitCode());
        assertEquals("o".repeat(1000), run.stdout());
        assertEquals("e".repeat(1000), run.stderr());
    }

    @Test
    void argumentsReachTheCliAsTheyAreWithoutAShellAndStdinIsEmpty() throws Exception {
        Path echo = script("printf '%s\\n' \"$@\"; cat; echo end >&2; exit 3");
        GlusterCli cli = new GlusterCli(echo.toString(), 4096, executor);
        List<String> args = List.of("volume", "set", "gv0", "a b", "$(id);`id`", "*");

        CliRun run = cli.run(args, false, Duration.ofSeconds(10));

        List<String> argv = new ArrayList<>(List.of("--mode=script"));
        argv.addAll(args);
        assertEquals(String.join("\n", argv) + "\n", run.stdout());
        assertEquals("end\n", run.stderr());
        assertEquals(3, run.exitCode());
        assertEquals(echo.toString(), run.argv().get(0));
        assertTrue(cli.run(List.of("x"), true, Duration.ofSeconds(10)).stdout().startsWith("--mode=script\n--xml\nx\n"));
    }

    @Test
    void aMissingBinaryMeansGlusterdIsUnavailable() {
        GlusterCli cli = new GlusterCli(dir.resolve("no-such-gluster").toString(), 1024, executor, listener);

        GlusterdUnavailableException missing = assertThrows(GlusterdUnavailableException.class,
                () -> cli.run(List.of("pool", "list"), true, TIMEOUT));

        assertTrue(missing.getMessage().contains("no-such-gluster"), missing::getMessage);
        assertEquals(List.of(), heard, "nothing ran");
    }
}
