package org.gluster.restapi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

/**
 * A gluster CLI that never answers and has a child: a shell that records its pid and starts
 * src/test/scripts/hanging-gluster, which records its own pid (GLUSTERREST_TEST_PIDS) and sleeps.
 * The pids prove that a timeout killed the whole tree; {@link #close()} kills what is left.
 */
public final class HangingGluster implements AutoCloseable {

    static final Path SCRIPTS = Path.of(System.getProperty("glusterrest.test.scripts", "src/test/scripts"));

    private final Path command;
    private final Path pids;

    public HangingGluster(Path dir) throws IOException {
        command = dir.resolve("gluster");
        pids = dir.resolve("pids");
        Files.writeString(command, """
                #!/bin/sh
                echo $$ >> '%s'
                GLUSTERREST_TEST_PIDS='%s' sh '%s' "$@" &
                wait
                """.formatted(pids, pids, SCRIPTS.resolve("hanging-gluster").toAbsolutePath()));
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
    }

    public String command() {
        return command.toString();
    }

    /** The pids recorded so far: the CLI's, then its child's. */
    public List<Long> pids() throws IOException {
        return Files.exists(pids) ? Files.readAllLines(pids).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList() : List.of();
    }

    /**
     * Whether the process has stopped running within {@code bound}: gone, or a zombie (killed, its
     * parent gone, not yet reaped by init). A SIGKILL takes effect asynchronously, hence the wait.
     */
    public static boolean ended(long pid, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (running(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private static boolean running(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        for (long pid : pids()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }
}
