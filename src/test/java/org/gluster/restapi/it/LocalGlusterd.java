package org.gluster.restapi.it;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real glusterd that the build started (server-config/local-glusterd.sh), as the tests see it. */
public final class LocalGlusterd {

    static final Path CMD_HISTORY = Path.of("/var/log/glusterfs/cmd_history.log");

    private LocalGlusterd() {
    }

    /** A brick spec on this node, in a directory no earlier run used (glusterd makes only its last part). */
    public static String brick(String volume, String name) {
        Path parent = Path.of(System.getProperty("glusterd.work", "target/glusterd"), "bricks",
                volume + "-" + Long.toString(System.nanoTime(), 36)).toAbsolutePath();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return hostname() + ":" + parent.resolve(name);
    }

    public static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void stopDaemon() {
        script("stop-daemon");
    }

    public static void startDaemon() {
        script("start-daemon");
    }

    /**
     * Stops (force) and deletes {@code volume} with the CLI itself, whatever state the gateway left it in,
     * so that no brick process outlives the test; failures are ignored (there may be no such volume). Bricks
     * that a glusterd started just before it was stopped are unknown to the next one ("Stopped", yet
     * running): those are ended by pid.
     */
    public static void removeVolume(String volume) {
        for (List<String> args : List.of(List.of("volume", "stop", volume, "force"), List.of("volume", "delete", volume))) {
            List<String> argv = new ArrayList<>(List.of("gluster", "--mode=script"));
            argv.addAll(args);
            try {
                Process p = new ProcessBuilder(argv).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("glusterfsd")
                && p.info().arguments().map(List::of).orElse(List.of()).stream()
                        .anyMatch(argument -> argument.startsWith(volume + "."))).forEach(ProcessHandle::destroyForcibly);
    }

    public static List<String> commandHistory() {
        try {
            return Files.exists(CMD_HISTORY) ? Files.readAllLines(CMD_HISTORY, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void script(String action) {
        String script = System.getProperty("glusterd.script", "server-config/local-glusterd.sh");
        try {
            Process p = new ProcessBuilder("bash", script, action).inheritIO().start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(script + " " + action + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
