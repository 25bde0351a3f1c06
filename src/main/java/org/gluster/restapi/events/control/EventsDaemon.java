package org.gluster.restapi.events.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * This node's glustereventsd, found in /proc (its pid file is gone, see package-info): a process
 * whose command line runs glustereventsd, in this process's own network and mount namespaces, whose
 * parent is not one too (the daemon forks one child for its webhooks). Reloaded with SIGUSR2, which
 * makes it start a new child with the webhooks it reads then.
 */
final class EventsDaemon {

    private final Path proc;

    EventsDaemon(Path proc) {
        this.proc = proc;
    }

    List<Long> find() {
        List<Long> daemons = new ArrayList<>();
        String net = namespace("self", "net");
        String mnt = namespace("self", "mnt");
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path dir : pids) {
                String pid = dir.getFileName().toString();
                if (isDaemon(pid) && net.equals(namespace(pid, "net")) && mnt.equals(namespace(pid, "mnt"))
                        && !isDaemon(parent(pid))) {
                    daemons.add(Long.parseLong(pid));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return daemons;
    }

    void reload(long pid) throws IOException {
        Process kill = new ProcessBuilder("kill", "-USR2", Long.toString(pid)).redirectErrorStream(true).start();
        try {
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                kill.destroyForcibly();
                throw new IOException("kill -USR2 " + pid + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reloading glustereventsd", e);
        }
    }

    private boolean isDaemon(String pid) {
        try {
            byte[] cmdline = Files.readAllBytes(proc.resolve(pid).resolve("cmdline"));
            for (String arg : new String(cmdline, StandardCharsets.UTF_8).split("\0", 3)) {
                if (arg.endsWith("glustereventsd") || arg.endsWith("glustereventsd.py")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private String parent(String pid) {
        try {
            String stat = Files.readString(proc.resolve(pid).resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return fields[1];
        } catch (IOException | RuntimeException e) {
            return "0";
        }
    }

    private String namespace(String pid, String kind) {
        try {
            return Files.readSymbolicLink(proc.resolve(pid).resolve("ns").resolve(kind)).toString();
        } catch (IOException | RuntimeException e) {
            return "?" + pid;
        }
    }
}
