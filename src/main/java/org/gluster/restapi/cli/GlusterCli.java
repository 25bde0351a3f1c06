package org.gluster.restapi.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Runs the node's gluster CLI as an argv list, never through a shell, stdin /dev/null, each output
 * stream kept up to {@code maxOutputBytes} and drained on {@code executor}; after {@code timeout}
 * the process and its descendants are killed. The same runner for the daemon and the admin tool.
 */
public final class GlusterCli {

    private static final Logger LOG = Logger.getLogger(GlusterCli.class.getName());
    private static final Duration AFTER_EXIT = Duration.ofSeconds(5);

    private final String command;
    private final int maxOutputBytes;
    private final Executor executor;
    private final CliListener listener;

    public GlusterCli(String command, int maxOutputBytes, Executor executor) {
        this(command, maxOutputBytes, executor, CliListener.NONE);
    }

    public GlusterCli(String command, int maxOutputBytes, Executor executor, CliListener listener) {
        this.command = command;
        this.maxOutputBytes = maxOutputBytes;
        this.executor = executor;
        this.listener = listener;
    }

    public CliRun run(List<String> args, boolean xml, Duration timeout) {
        return run(args, xml, timeout, early -> { });
    }

    /** Like {@link #run(List, boolean, Duration)}; {@code onStart} may stop the CLI before its request. */
    public CliRun run(List<String> args, boolean xml, Duration timeout, Consumer<EarlyStop> onStart) {
        List<String> argv = new ArrayList<>(xml ? List.of(command, "--mode=script", "--xml")
                : List.of(command, "--mode=script"));
        argv.addAll(args);
        long started = System.nanoTime();
        Process process = start(argv);
        listener.started(args);
        EarlyStop early = new EarlyStop(process);
        try {
            onStart.accept(early);
            CompletableFuture<String> stdout = drain(process.getInputStream());
            CompletableFuture<String> stderr = drain(process.getErrorStream());
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                kill(process);
                throw new CliTimeoutException("the gluster CLI did not finish within " + describe(timeout)
                        + " and was killed: " + String.join(" ", args));
            }
            if (early.stopped()) {
                throw new CliStoppedException("stopped before it asked glusterd: " + String.join(" ", args));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            CliRun run = new CliRun(List.copyOf(argv), process.exitValue(), collect(stdout), collect(stderr), elapsed);
            LOG.fine(() -> "gluster " + String.join(" ", args) + " -> " + run.exitCode() + " in "
                    + elapsed.toMillis() + " ms");
            return run;
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new CliTimeoutException("interrupted while the gluster CLI ran");
        } finally {
            if (process.isAlive()) {
                kill(process);
            }
            listener.finished(args, System.nanoTime() - started);
        }
    }

    private Process start(List<String> argv) {
        try {
            return new ProcessBuilder(argv)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new GlusterdUnavailableException("the gluster CLI (" + command + ") cannot be started: "
                    + e.getMessage());
        }
    }

    /** Descendants first: once the CLI is gone, its children are no longer its descendants. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(AFTER_EXIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> readBounded(in), executor);
    }

    private String readBounded(InputStream in) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                int room = maxOutputBytes - kept.size();
                kept.write(buffer, 0, Math.max(0, Math.min(room, n)));
            }
        } catch (IOException e) {
            // the process was killed; what was read so far is all there is
        }
        return kept.toString(StandardCharsets.UTF_8);
    }

    private static String collect(CompletableFuture<String> stream) {
        try {
            return stream.get(AFTER_EXIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (ExecutionException | TimeoutException e) {
            return "";
        }
    }

    private static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
