package org.gluster.restapi.admin;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.gluster.restapi.apps.control.AppStore;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.users.control.UserStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The state directory shared with glusterrestd: --state-dir, else GLUSTERREST_STATE_DIR, else /var/lib/glusterrestd. */
class StateDirOption {

    @Option(names = "--state-dir", paramLabel = "DIR", description = "state directory (default: "
            + "$GLUSTERREST_STATE_DIR, else /var/lib/glusterrestd)")
    Path stateDir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private StateFiles files;

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    StateFiles files() {
        if (files == null) {
            Path dir = stateDir;
            if (dir == null) {
                String env = System.getenv("GLUSTERREST_STATE_DIR");
                dir = Path.of(env == null || env.isBlank() ? "/var/lib/glusterrestd" : env);
            }
            files = new StateFiles(dir);
        }
        return files;
    }

    AppStore apps() {
        return new AppStore(files());
    }

    UserStore users() {
        return new UserStore(files());
    }

    Settings settings() {
        return new Settings(files());
    }
}
