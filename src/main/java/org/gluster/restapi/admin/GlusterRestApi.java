package org.gluster.restapi.admin;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * {@code gluster-restapi}: run as root on any node, with or without the daemon running, on the
 * state directory that glusterrestd uses.
 */
@Command(name = "gluster-restapi", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Administer glusterrestd, the REST gateway of this GlusterFS node.",
        subcommands = {StatusCommand.class, AppAddCommand.class, AppResetCommand.class, AppDelCommand.class,
                AppListCommand.class, ConfigGetCommand.class, ConfigSetCommand.class, ConfigResetCommand.class,
                UserPasswdCommand.class, UserUnlockCommand.class, UseSharedStorageCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the operation failed (it says why)", "2:wrong usage or value",
                "3:status: this node's gateway does not answer"})
public class GlusterRestApi implements Runnable {

    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int DOWN = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
    }

    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new GlusterRestApi());
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            PrintWriter err = command.getErr();
            err.println("gluster-restapi: " + describe(e));
            if (e instanceof ToolException tool) {
                return tool.exitCode;
            }
            return e instanceof IllegalArgumentException ? USAGE : FAILED;
        });
        return line;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? "failed (" + e.getClass().getSimpleName() + ")" : e.getMessage();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
