package org.gluster.restapi.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The URL glustereventsd posts to: {@code glusterrest.events.intake-url} when set (the launcher sets
 * it from its port and scheme), else learnt from the first request this server answers — the port
 * and scheme it was reached on, on the loopback address, which is all a server knows of its own
 * listener without asking the container.
 */
@ApplicationScoped
public class IntakeUrl {

    public static final String PATH = "/events/intake";

    @Inject
    @ConfigProperty(name = "glusterrest.events.intake-url")
    Optional<String> configured;

    private final AtomicReference<String> learnt = new AtomicReference<>();

    public Optional<String> get() {
        return configured.filter(url -> !url.isBlank()).or(() -> Optional.ofNullable(learnt.get()));
    }

    public boolean known() {
        return learnt.get() != null || configured.filter(url -> !url.isBlank()).isPresent();
    }

    /** Takes the scheme and local port of a request; true the first time. */
    public boolean learn(boolean secure, int localPort) {
        return learnt.compareAndSet(null, (secure ? "https" : "http") + "://127.0.0.1:" + localPort + PATH);
    }
}
