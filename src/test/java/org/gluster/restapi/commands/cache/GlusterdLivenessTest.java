package org.gluster.restapi.commands.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.gluster.restapi.time.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlusterdLivenessTest {

    @TempDir
    Path dir;

    @Test
    void glusterdIsAskedAgainOnlyAfterTheRecheckInterval() throws Exception {
        Path socket = dir.resolve("glusterd.socket");
        TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
        GlusterdLiveness liveness = new GlusterdLiveness();
        liveness.socket = socket.toString();
        liveness.clock = clock;
        assertFalse(liveness.answers(), "nothing listens yet");
        try (ServerSocketChannel glusterd = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            glusterd.bind(UnixDomainSocketAddress.of(socket));
            assertFalse(liveness.answers(), "the last answer holds within the interval");
            clock.advance(GlusterdLiveness.RECHECK);
            assertTrue(liveness.answers());
        }
        Files.deleteIfExists(socket);
        clock.advance(Duration.ofMillis(199));
        assertTrue(liveness.answers(), "still the last answer");
        clock.advance(Duration.ofMillis(1));
        assertFalse(liveness.answers(), "glusterd went away");
    }
}
