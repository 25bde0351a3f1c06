package org.gluster.restapi.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.peers.control.PeerTargets;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.volumes.control.VolumeTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Moves the gateway's state to GlusterFS's shared-storage volume once the pool has grown, so apps,
 * users, the token key and settings are the same on every node: enables the volume if need be, sets
 * the three client options without which locked read-modify-write loses data there, copies this
 * node's state (where the pool has none yet) and leaves the marker every node looks for. The pool-wide
 * option is read and set on the pseudo-volume {@code all}, which the catalog's volume-get and
 * volume-set refuse as a volume name, so those two argv are written here.
 */
@Command(name = "use-shared-storage", mixinStandardHelpOptions = true,
        description = "Keep the state on the pool's shared-storage volume, for every node (run once, on one node).")
class UseSharedStorageCommand implements Callable<Integer> {

    private static final String SHARED_STORAGE = "cluster.enable-shared-storage";
    static final GlusterCommand GET_SHARED_STORAGE = new GlusterCommand(
            List.of("volume", "get", "all", SHARED_STORAGE), false, true);
    static final GlusterCommand ENABLE_SHARED_STORAGE = new GlusterCommand(
            List.of("volume", "set", "all", SHARED_STORAGE, "enable"), true, true);
    static final List<String> POOL_FILES = List.of("users.json", "apps.json", "settings.json", "audit.json",
            "token-signing-key.pem", "superuser.password");

    @Mixin
    StateDirOption state;

    @Option(names = "--gluster", paramLabel = "COMMAND", defaultValue = "gluster",
            description = "the gluster CLI (default: ${DEFAULT-VALUE})")
    String gluster;

    @Option(names = "--mount-wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "how long to wait for the volume's mount (default: ${DEFAULT-VALUE})")
    int mountWaitSeconds;

    @Override
    public Integer call() throws Exception {
        StateLocation location = state.location();
        Path shared = location.sharedDir();
        if (shared == null) {
            throw ToolException.usage("the state directory was named explicitly (--state-dir or"
                    + " GLUSTERREST_SHARED_STATE_DIR=none); nothing to move");
        }
        Gluster cli = new Gluster(gluster, state.settings());
        int nodes = cli.run(PeerTargets.POOL_LIST.build(List.of(), Map.of())).xml().path("peerStatus").children("peer")
                .size();
        if (nodes < 2) {
            throw ToolException.failed("a one-node pool cannot have shared storage; its state stays in "
                    + location.localDir());
        }
        if (!enabled(cli)) {
            cli.run(ENABLE_SHARED_STORAGE);
            state.out().println("enabled GlusterFS's shared storage (" + StateLocation.SHARED_VOLUME + ")");
        }
        awaitMount(shared.getParent());
        cli.run(sharedVolumeOptionsOff());
        StateFiles pool = location.filesIn(shared);
        StateFiles local = location.filesIn(location.localDir());
        for (String file : POOL_FILES) {
            local.readBytes(file).ifPresent(bytes -> {
                if (pool.createIfAbsent(file, bytes)) {
                    state.out().println("copied " + file);
                }
            });
        }
        pool.createIfAbsent(StateLocation.MARKER, ("moved from " + location.localDir() + "\n").getBytes(StandardCharsets.UTF_8));
        if (nodes == 2) {
            state.out().println("warning: with two nodes the shared-storage volume is replica 2 without quorum;"
                    + " a third node avoids split-brain");
        }
        state.out().println("every node's glusterrestd now keeps its state in " + shared + " (within 2 s, no restart)");
        return 0;
    }

    static GlusterCommand sharedVolumeOptionsOff() {
        Map<String, String> off = new LinkedHashMap<>();
        StateLocation.SHARED_VOLUME_OPTIONS_OFF.forEach(option -> off.put(option, "off"));
        return VolumeTargets.SET.build(List.of(StateLocation.SHARED_VOLUME), Map.of("options", off));
    }

    private static boolean enabled(Gluster cli) {
        for (XmlNode opt : cli.run(GET_SHARED_STORAGE).xml()
                .path("volGetopts").children("Opt")) {
            if (opt.text("Value").startsWith("enable")) {
                return true;
            }
        }
        return false;
    }

    private void awaitMount(Path mount) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + mountWaitSeconds * 1_000_000_000L;
        while (!mounted(mount)) {
            if (System.nanoTime() > deadline) {
                throw ToolException.failed(mount + " is not mounted after " + mountWaitSeconds + " s; mount it"
                        + " (mount " + mount + ") and run this again");
            }
            Thread.sleep(500);
        }
    }

    static boolean mounted(Path mount) throws IOException {
        String target = " " + mount + " ";
        return Files.readAllLines(Path.of("/proc/self/mounts")).stream().anyMatch(line -> line.contains(target));
    }
}
