package org.gluster.restapi.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.paging.PageRequest;
import org.gluster.restapi.validation.InvalidInputException;

/** The log as pages, and where a stream starts. */
@ApplicationScoped
public class Events {

    @Inject
    EventLog log;

    /**
     * The page after {@code after} or {@code cursor} (the opaque form of the same id, from a Link), at most
     * {@code request}'s limit of events.
     */
    public LogPage page(String after, PageRequest request, EventFilter filter) {
        return LogPage.read(log::after, log.oldest(), log.last(), start(after, request), request.limit(), filter);
    }

    /** The id a page starts after: {@code after}'s, or the cursor's (never both), else 0. */
    static long start(String after, PageRequest request) {
        if (after != null && !after.isBlank() && request.after().isPresent()) {
            throw new InvalidInputException("cursor", "continues a page by itself: give after or cursor, not both");
        }
        return request.after().map(key -> Cursor.of(null, key, 0, "cursor")).orElseGet(() -> Cursor.of(null, after, 0));
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
