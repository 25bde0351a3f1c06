package org.gluster.restapi.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;

/** Runs the node's gluster CLI as an argv list, never through a shell, with a deadline. */
@ApplicationScoped
public class GlusterCli {

    private static final Logger LOG = Logger.getLogger(GlusterCli.class.getName());

    @Inject
    @ConfigProperty(name = "glusterrest.gluster.command", defaultValue = "gluster")
    String command;

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "glusterrest.gluster.max-output-bytes", defaultValue = "16777216")
    int maxOutputBytes;

    @Inject
    CliStatistics statistics;

    @Inject
    Instance<CliTime> requestTime;

    public CliRun run(List<String> args, boolean xml) {
        List<String> argv = new ArrayList<>(xml ? List.of(command, "--mode=script", "--xml")
                : List.of(command, "--mode=script"));
        argv.addAll(args);
        int timeoutSeconds = settings.intValue(Setting.CLITIMEOUT);
        long started = System.nanoTime();
        Process process = start(argv);
        statistics.started();
        try {
            CompletableFuture<String> stdout = drain(process.getInputStream());
            CompletableFuture<String> stderr = drain(process.getErrorStream());
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                kill(process);
                throw new CliTimeoutException("the gluster CLI did not finish within " + timeoutSeconds
                        + " s and was killed: " + String.join(" ", args));
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
            long nanos = System.nanoTime() - started;
            statistics.finished(args, nanos);
            if (requestTime.isResolvable() && isRequestActive()) {
                requestTime.get().add(nanos);
            }
        }
    }

    @Inject
    BeanManager beans;

    private boolean isRequestActive() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
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

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private CompletableFuture<String> drain(InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> text.complete(readBounded(in)), "gluster-cli-output");
        reader.setDaemon(true);
        reader.start();
        return text;
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
            return stream.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (ExecutionException | TimeoutException e) {
            return "";
        }
    }
}
