package org.gluster.restapi.cli;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Optional;

/** Whether glusterd accepts connections on the socket the CLI uses: a connect, microseconds, no CLI. */
public final class GlusterdSocket {

    private GlusterdSocket() {
    }

    /** Empty when glusterd accepts; else why not. */
    public static Optional<String> refusal(Path socket) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("glusterd does not accept connections on " + socket + ": " + e.getMessage());
        }
    }
}
