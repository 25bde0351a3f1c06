package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** 429s by the limit that refused: auth-rate, command-rate, connections, cli-concurrency. */
@ApplicationScoped
public class Refusals {

    private static final Metadata REFUSED = Metadata.builder().withName("glusterrest.limit.refused")
            .withDescription("requests refused with 429, by limit").build();

    @Inject
    MetricRegistry registry;

    public void refused(String limit) {
        registry.counter(REFUSED, new Tag("limit", limit)).inc();
    }
}
