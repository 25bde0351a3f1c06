package org.gluster.restapi.cli;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A running CLI that can still be stopped before it has asked glusterd anything. The gluster CLI
 * first runs {@code gsyncd --version} (a Python interpreter: most of a read's time) to learn whether
 * geo-replication is installed, and sends its one request only after that child has exited (traced
 * here: the request leaves 2–4 ms after the child's exit). While the child runs, killing the CLI
 * loses nothing, whatever the command: glusterd has received nothing, so it holds no lock for it.
 */
public final class EarlyStop {

    private static final Logger LOG = Logger.getLogger(EarlyStop.class.getName());

    static final Duration PATIENCE = Duration.ofMillis(100);

    private final Process process;
    private boolean stopped;

    EarlyStop(Process process) {
        this.process = process;
    }

    /**
     * Kills the CLI if its {@code --version} child runs now or starts within {@link #PATIENCE} (a CLI
     * that has just started has not forked it yet); true when it was stopped.
     */
    public synchronized boolean stop() {
        if (stopped) {
            return false;
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<ProcessHandle> versionChecks;
        while ((versionChecks = process.children().filter(EarlyStop::versionCheck).toList()).isEmpty()) {
            if (!process.isAlive() || System.nanoTime() >= deadline || !pause()) {
                return false;
            }
        }
        if (versionChecks.stream().noneMatch(ProcessHandle::isAlive)) {
            return false;
        }
        stopped = true;
        process.destroyForcibly();
        if (versionChecks.stream().noneMatch(ProcessHandle::isAlive)) {
            LOG.info("the CLI's version check ended while it was being stopped; its request may have reached"
                    + " glusterd, and a change right after it may be refused as another transaction in progress");
        }
        for (ProcessHandle check : versionChecks) {
            check.descendants().forEach(ProcessHandle::destroyForcibly);
            check.destroyForcibly();
        }
        return true;
    }

    private static boolean pause() {
        try {
            Thread.sleep(2);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    synchronized boolean stopped() {
        return stopped;
    }

    private static boolean versionCheck(ProcessHandle child) {
        Optional<String[]> args = child.info().arguments();
        return args.isPresent() && args.get().length > 0 && "--version".equals(args.get()[args.get().length - 1]);
    }
}
