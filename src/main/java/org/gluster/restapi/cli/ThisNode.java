package org.gluster.restapi.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name, for the places where the CLI calls it "localhost" (pool list, task status,
 * scrub status): {@code glusterrest.node.hostname} when set, else the host's own name.
 */
@ApplicationScoped
public class ThisNode {

    @Inject
    @ConfigProperty(name = "glusterrest.node.hostname")
    Optional<String> configuredHostname;

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
}
