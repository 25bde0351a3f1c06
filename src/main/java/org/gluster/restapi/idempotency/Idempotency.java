package org.gluster.restapi.idempotency;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.state.StateFiles;

/** The configured key store, and which answers are kept (see package-info). */
@ApplicationScoped
public class Idempotency {

    @Inject
    Supplier<StateFiles> state;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "glusterrest.idempotency.expiry", defaultValue = "86400")
    long expirySeconds;

    @Inject
    @ConfigProperty(name = "glusterrest.idempotency.in-flight-expiry", defaultValue = "600")
    long inFlightSeconds;

    @Inject
    @ConfigProperty(name = "glusterrest.idempotency.max-keys", defaultValue = "10000")
    int maxKeys;

    @Inject
    @ConfigProperty(name = "glusterrest.idempotency.buckets", defaultValue = "64")
    int buckets;

    @Inject
    @ConfigProperty(name = "glusterrest.idempotency.max-response-bytes", defaultValue = "65536")
    int maxResponseBytes;

    private KeyStore keys;

    @PostConstruct
    void start() {
        keys = new KeyStore(state, clock, Duration.ofSeconds(expirySeconds), Duration.ofSeconds(inFlightSeconds),
                maxKeys, buckets);
    }

    KeyStore keys() {
        return keys;
    }

    int maxResponseBytes() {
        return maxResponseBytes;
    }

    /** A final answer is kept unless a retry could fare better (5xx, 429, 408, 401, 403) or it must not be stored. */
    static boolean kept(int status, String cacheControl) {
        boolean retryMayDiffer = status >= 500 || status == 429 || status == 408 || status == 401 || status == 403;
        boolean secret = cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-store");
        return status >= 200 && !retryMayDiffer && !secret;
    }
}
