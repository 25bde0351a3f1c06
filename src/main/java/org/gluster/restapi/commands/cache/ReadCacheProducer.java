package org.gluster.restapi.commands.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** The node's one read cache, bounded by configuration, its events counted by kind (each counter looked up once: the registry's lookup takes a lock). */
@ApplicationScoped
public class ReadCacheProducer {

    private static final Metadata EVENTS = Metadata.builder().withName("glusterrest.cache")
            .withDescription("read cache events: hit, shared (joined a run in flight), miss (ran the CLI),"
                    + " eviction, invalidation").build();

    @Inject
    @ConfigProperty(name = "glusterrest.cache.live-max-age", defaultValue = "1")
    double liveMaxAgeSeconds;

    @Inject
    @ConfigProperty(name = "glusterrest.cache.max-entries", defaultValue = "512")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "glusterrest.cache.max-bytes", defaultValue = "33554432")
    long maxBytes;

    @Inject
    MetricRegistry registry;

    @Inject
    Clock clock;

    @Produces
    @Singleton
    ReadCache cache() {
        Map<String, Counter> counters = new ConcurrentHashMap<>();
        return new ReadCache(clock, Duration.ofMillis(Math.round(liveMaxAgeSeconds * 1000)), maxEntries, maxBytes,
                event -> counters.computeIfAbsent(event, e -> registry.counter(EVENTS, new Tag("event", e))).inc());
    }
}
