package org.gluster.restapi.admin;

import java.time.Duration;
import java.util.concurrent.Executor;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.cli.CliOutput;
import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.cli.CliOutputUnreadableException;
import org.gluster.restapi.cli.CliRun;
import org.gluster.restapi.cli.CliTimeoutException;
import org.gluster.restapi.cli.GlusterCli;
import org.gluster.restapi.cli.GlusterdUnavailableException;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;

/**
 * The daemon's CLI runner for the tool: output drained on daemon threads, killed with its children
 * after the pool's {@code clitimeout} setting, its answer read as the daemon reads it; every
 * failure is one line and exit code 1.
 */
final class Gluster {

    static final int MAX_OUTPUT_BYTES = 16 * 1024 * 1024;
    private static final Executor DAEMON_THREADS = task -> {
        Thread thread = new Thread(task, "gluster-cli-output");
        thread.setDaemon(true);
        thread.start();
    };

    private final GlusterCli cli;
    private final Duration timeout;

    Gluster(String command, Settings settings) {
        this.cli = new GlusterCli(command, MAX_OUTPUT_BYTES, DAEMON_THREADS);
        this.timeout = Duration.ofSeconds(settings.intValue(Setting.CLITIMEOUT));
    }

    CliOutput run(GlusterCommand command) {
        try {
            CliRun run = cli.run(command.args(), command.xml(), timeout);
            return command.xml() ? CliOutputReader.read(run) : CliOutputReader.readText(run);
        } catch (CliTimeoutException e) {
            throw ToolException.failed(e.getMessage() + " (the clitimeout setting)");
        } catch (GlusterdUnavailableException | CliFailedException | CliOutputUnreadableException e) {
            throw ToolException.failed("gluster " + String.join(" ", command.args()) + ": " + e.getMessage());
        }
    }
}
