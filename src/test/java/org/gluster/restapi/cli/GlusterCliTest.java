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

    @Test
    void aReadStoppedWhileItsVersionCheckRunsEndsAsStoppedAndTheCheckIsKilledToo() throws Exception {
        Path check = dir.resolve("gsyncd");
        Path checkPid = dir.resolve("check.pid");
        Path sleepPid = dir.resolve("sleep.pid");
        Files.writeString(check, "#!/bin/sh\necho $$ > '" + checkPid + "'\nsleep 30 &\necho $! > '" + sleepPid + "'\nwait\n");
        Files.setPosixFilePermissions(check, PosixFilePermissions.fromString("rwx------"));
        Path cliPid = dir.resolve("cli.pid");
        Path gluster = script("echo $$ > '" + cliPid + "'; '" + check + "' --version; echo '<cliOutput/>'");
        GlusterCli cli = new GlusterCli(gluster.toString(), 1024, executor, listener);
        List<Boolean> stops = new ArrayList<>();

        assertTimeoutPreemptively(BOUND, () -> assertThrows(CliStoppedException.class,
                () -> cli.run(List.of("volume", "status"), true, Duration.ofSeconds(30), early -> {
                    awaitFile(sleepPid);
                    stops.add(early.stop());
                })));

        assertEquals(List.of(true), stops);
        assertTrue(HangingGluster.ended(Long.parseLong(Files.readString(cliPid).strip()), BOUND), "the CLI was killed");
        assertTrue(HangingGluster.ended(Long.parseLong(Files.readString(checkPid).strip()), BOUND), "its check was killed");
        assertTrue(HangingGluster.ended(Long.parseLong(Files.readString(sleepPid).strip()), BOUND), "and the check's child");
        assertEquals(List.of("started volume status", "finished volume status"), heard);
    }

    @Test
    void aReadPastItsVersionCheckIsNotStoppedAndAnswers() throws Exception {
        Path checked = dir.resolve("checked");
        Path check = dir.resolve("gsyncd");
        Files.writeString(check, "#!/bin/sh\necho $$ > '" + checked + ".tmp'; mv '" + checked + ".tmp' '" + checked + "'\n");
        Files.setPosixFilePermissions(check, PosixFilePermissions.fromString("rwx------"));
        Path gluster = script("'" + check + "' --version; sleep 1; echo '<cliOutput/>'");
        GlusterCli cli = new GlusterCli(gluster.toString(), 1024, executor);
        List<Boolean> stops = new ArrayList<>();

        CliRun run = cli.run(List.of("volume", "info"), true, Duration.ofSeconds(30), early -> {
            awaitFile(checked);
            try {
                HangingGluster.ended(Long.parseLong(Files.readString(checked).strip()), BOUND);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            stops.add(early.stop());
        });

        assertEquals("<cliOutput/>\n", run.stdout());
        assertEquals(List.of(false), stops, "a child that is not the version check (sleep 1) is no reason to stop");
    }

    private static void awaitFile(Path file) {
        try {
            for (int i = 0; i < 2000 && !Files.exists(file); i++) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
