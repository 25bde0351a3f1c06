package org.gluster.restapi.admin;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gluster.restapi.apps.control.AppStore;
import org.gluster.restapi.cli.ThisNode;
import org.gluster.restapi.events.control.GatewayEventLog;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.users.control.UserStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The state glusterrestd uses: --state-dir, else GLUSTERREST_STATE_DIR (else /var/lib/glusterrestd)
 * or, once the state was moved there, its copy on the pool's shared storage.
 */
class StateDirOption {

    @Option(names = "--state-dir", paramLabel = "DIR", description = "state directory (default: "
            + "$GLUSTERREST_STATE_DIR, else /var/lib/glusterrestd)")
    Path stateDir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private StateLocation location;

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** --state-dir is used as it is; otherwise the local directory, or the pool's shared copy once there is one. */
    StateLocation location() {
        if (location == null) {
            String env = System.getenv("GLUSTERREST_STATE_DIR");
            Path local = env == null || env.isBlank() ? StateLocation.DEFAULT_LOCAL : Path.of(env);
            String shared = System.getenv("GLUSTERREST_SHARED_STATE_DIR");
            location = stateDir != null || "none".equals(shared) ? StateLocation.fixed(stateDir != null ? stateDir : local, io())
                    : StateLocation.auto(local, shared == null || shared.isBlank() ? StateLocation.DEFAULT_SHARED
                    : Path.of(shared), io());
        }
        return location;
    }

    /** Daemon threads, so that a read stuck on a dead mount does not keep the tool from exiting. */
    private static ExecutorService io() {
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "state-io");
            thread.setDaemon(true);
            return thread;
        });
    }

    StateFiles files() {
        return location().get();
    }

    AppStore apps() {
        return new AppStore(location());
    }

    UserStore users() {
        return new UserStore(location());
    }

    Settings settings() {
        return new Settings(location());
    }

    /** Tells the pool's event log that this tool changed something; a log that cannot be written is only reported. */
    void tell(String event, String command, String subject) {
        Path store = Path.of(System.getenv().getOrDefault("GLUSTERREST_GLUSTERD_STORE", "/var/lib/glusterd"));
        String node = ThisNode.uuid(store).orElseGet(ThisNode::hostname);
        try {
            GatewayEventLog.append(files(), NewEvent.of(node, event, Map.of("command", "gluster-restapi " + command,
                    "subject", subject, "by", "root on " + ThisNode.hostname())));
        } catch (RuntimeException e) {
            err().println("gluster-restapi: done, but the pool's event log could not be told: " + e.getMessage());
        }
    }
}
