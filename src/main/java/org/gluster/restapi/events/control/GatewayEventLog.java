package org.gluster.restapi.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.cli.ThisNode;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.state.StateFiles;

/** The gateway's own events, told by this node: a name of GatewayEvents and a few plain fields. */
@ApplicationScoped
public class GatewayEventLog {

    @Inject
    EventLog log;

    @Inject
    ThisNode node;

    public void tell(String event, Map<String, ?> fields) {
        log.publish(NewEvent.of(node.uuid(), event, fields));
    }

    /**
     * For the admin tool, which has no server around it: appends {@code event} to the pool's log in
     * {@code files} at once (with the default bounds of the log).
     */
    public static void append(StateFiles files, NewEvent event) {
        new EventStore(() -> files, EventLog.MAX_ENTRIES, Duration.ofSeconds(EventLog.MAX_AGE_SECONDS), Clock.systemUTC())
                .append(List.of(event));
    }
}
