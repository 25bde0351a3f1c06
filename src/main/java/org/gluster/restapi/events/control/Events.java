package org.gluster.restapi.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.EventPage;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.validation.GlusterNames;

/** The log as pages, and where a stream starts. */
@ApplicationScoped
public class Events {

    static final int MAX_LIMIT = 1000;
    static final int MAX_SCANNED = 10_000;

    @Inject
    EventLog log;

    public EventPage page(String after, String limit, EventFilter filter) {
        long cursor = Cursor.of(null, after, 0);
        int wanted = limit == null || limit.isBlank() ? 100
                : Integer.parseInt(GlusterNames.count("limit", limit.strip(), 1, MAX_LIMIT));
        List<Event> matching = new ArrayList<>();
        int scanned = 0;
        while (matching.size() < wanted && scanned < MAX_SCANNED) {
            List<Event> batch = log.after(cursor, EventPump.BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (Event event : batch) {
                cursor = event.id();
                scanned++;
                if (filter.test(event) && matching.add(event) && matching.size() == wanted) {
                    break;
                }
            }
        }
        return new EventPage(matching, cursor, log.oldest());
    }

    /** The filter of a caller's request: events about users, apps and security only for SecurityAdmin. */
    public EventFilter filter(String names, String volume, Optional<Caller> caller) {
        return EventFilter.of(names, volume,
                caller.map(c -> Roles.grantedTo(c.group()).contains(Roles.SECURITY_ADMIN)).orElse(false));
    }

    /** The cursor a stream starts from: the one the client gave, else the newest event (only new ones follow). */
    public long streamStart(String lastEventId, String after) {
        return Cursor.of(lastEventId, after, -1) < 0 ? log.last() : Cursor.of(lastEventId, after, 0);
    }
}
