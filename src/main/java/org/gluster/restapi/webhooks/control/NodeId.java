package org.gluster.restapi.webhooks.control;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** This node as the lease names it: its glusterd's UUID ({@code UUID=} in {@code glusterd.info}), else its host name. */
final class NodeId {

    private NodeId() {
    }

    static String of(Path glusterdStore) {
        try {
            return Files.readAllLines(glusterdStore.resolve("glusterd.info")).stream()
                    .filter(line -> line.startsWith("UUID=")).map(line -> line.substring(5).strip())
                    .filter(uuid -> !uuid.isEmpty()).findFirst().orElseGet(NodeId::hostname);
        } catch (IOException e) {
            return hostname();
        }
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
