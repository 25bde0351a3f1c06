package org.gluster.restapi.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name, for the places where the CLI calls it "localhost" (pool list, task status,
 * scrub status): {@code glusterrest.node.hostname} when set, else the host's own name; and its
 * glusterd's UUID, the {@code UUID=} line of {@code glusterd.info} in glusterd's store, which is how
 * GlusterFS's events name the node that sent them.
 */
@ApplicationScoped
public class ThisNode {

    @Inject
    @ConfigProperty(name = "glusterrest.node.hostname")
    Optional<String> configuredHostname;

    @Inject
    @ConfigProperty(name = "glusterrest.glusterd.store", defaultValue = "/var/lib/glusterd")
    String store;

    public String name() {
        return configuredHostname.filter(s -> !s.isBlank()).orElseGet(ThisNode::localHostname);
    }

    private static String localHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** This node's glusterd UUID, or its name when glusterd's store has none yet. */
    public String uuid() {
        return uuid(Path.of(store)).orElseGet(this::name);
    }

    /** The UUID of the glusterd whose store is {@code store}, if it has one yet. */
    public static Optional<String> uuid(Path store) {
        try {
            return Files.readAllLines(store.resolve("glusterd.info")).stream()
                    .filter(line -> line.startsWith("UUID=")).map(line -> line.substring(5).strip())
                    .filter(uuid -> !uuid.isEmpty()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The host's own name. */
    public static String hostname() {
        return localHostname();
    }
}
