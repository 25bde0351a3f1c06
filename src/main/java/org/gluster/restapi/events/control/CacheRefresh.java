package org.gluster.restapi.events.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.gluster.restapi.commands.cache.ReadCache;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.GatewayEvents;

/**
 * Events keep reads fresh: a GlusterFS event from any node of the pool — a brick or peer going down
 * never touches glusterd's store, so the store watch cannot see it — drops the cached reads, so the
 * next read runs the CLI. Client connects and disconnects say nothing the reads show and are left out.
 */
@ApplicationScoped
public class CacheRefresh {

    @Inject
    EventLog log;

    @Inject
    ReadCache cache;

    private Runnable listening;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        listening = log.listen(this::seen);
    }

    @PreDestroy
    void stop() {
        if (listening != null) {
            listening.run();
        }
    }

    void seen(List<Event> batch) {
        if (batch.stream().anyMatch(CacheRefresh::changesReads)) {
            cache.invalidate();
        }
    }

    static boolean changesReads(Event event) {
        String name = event.event();
        return !name.startsWith(GatewayEvents.PREFIX) && !name.startsWith("CLIENT_");
    }
}
