package org.gluster.restapi.commands.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.cli.GlusterdSocket;

/**
 * Whether this node's glusterd answers, asked at most every 200 ms: a cached answer is served only
 * while it does (while it is down, the pool may change without this node's store knowing), so a
 * read then runs the CLI and fails as glusterd being unavailable.
 */
@ApplicationScoped
public class GlusterdLiveness {

    static final Duration RECHECK = Duration.ofMillis(200);

    @Inject
    @ConfigProperty(name = "glusterrest.glusterd.socket", defaultValue = "/run/glusterd.socket")
    String socket;

    @Inject
    Clock clock;

    private volatile Instant checked = Instant.MIN;
    private volatile boolean answers;

    public boolean answers() {
        Instant now = clock.instant();
        if (Duration.between(checked, now).compareTo(RECHECK) >= 0 || now.isBefore(checked)) {
            answers = GlusterdSocket.refusal(Path.of(socket)).isEmpty();
            checked = now;
        }
        return answers;
    }
}
