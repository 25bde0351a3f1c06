package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state directory on a full file system: a real 256 KiB tmpfs (needs root, as the tests do; skipped otherwise). */
class StateFullTest {

    @TempDir
    Path dir;

    boolean mounted;

    static int run(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", dir.toString());
        }
    }

    @Test
    void aWriteToAFullStorageFailsAsFullKeepsThePreviousContentAndSucceedsOnceSpaceReturns() throws Exception {
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", dir.toString()) == 0, "mounting a tmpfs needs root");
        mounted = true;
        StateFiles files = StateLocation.fixed(dir, Runnable::run).get();
        byte[] before = "{\"before\": true}".getBytes(StandardCharsets.UTF_8);
        files.writeBytes("users.json", before);
        Path filler = dir.resolve("filler");
        try {
            Files.write(filler, new byte[512 * 1024]);
        } catch (IOException full) {
            // the filler takes what is left
        }
        byte[] next = new byte[64 * 1024];
        assertThrows(StateFullException.class, () -> files.writeBytes("users.json", next));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("users.json")));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file is left behind");
        }
        Files.delete(filler);
        files.writeBytes("users.json", next);
        assertArrayEquals(next, Files.readAllBytes(dir.resolve("users.json")));
    }
}
