package org.gluster.restapi.admin;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gluster.restapi.cli.CliOutput;
import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.cli.CliRun;

/** The node's gluster CLI for the admin tool: an argv list, a deadline, and the gateway's reading of its answer. */
final class Gluster {

    private static final long TIMEOUT_SECONDS = 120;

    private final String command;

    Gluster(String command) {
        this.command = command;
    }

    CliOutput run(String... args) {
        List<String> argv = new ArrayList<>(List.of(command, "--mode=script", "--xml"));
        argv.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw ToolException.failed("gluster " + String.join(" ", args) + " did not answer in time");
            }
            return CliOutputReader.read(new CliRun(argv, p.exitValue(), out, "", Duration.ZERO));
        } catch (IOException e) {
            throw ToolException.failed("the gluster CLI (" + command + ") cannot be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ToolException.failed("interrupted");
        } catch (RuntimeException e) {
            if (e instanceof ToolException) {
                throw e;
            }
            throw ToolException.failed("gluster " + String.join(" ", args) + ": " + e.getMessage());
        }
    }
}
