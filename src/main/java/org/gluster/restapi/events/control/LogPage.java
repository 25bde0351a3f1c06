package org.gluster.restapi.events.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.EventPage;

/**
 * One page of the log as {@code GET /v1/events} answers it: the body, how many events of the whole log
 * pass the filter ({@code X-Total-Count}) and, when the log holds more after the page, the cursor of the
 * next page ({@code Link rel="next"}; without one the client polls later with {@code after=next}).
 */
public record LogPage(EventPage body, int total, Optional<String> next) {

    /**
     * One pass over the kept log ({@code log}: at most so many events after an id): it counts what passes
     * {@code filter} and takes the page after {@code cursor}.
     */
    static LogPage read(BiFunction<Long, Integer, List<Event>> log, long oldest, long last, long cursor, int wanted,
                        EventFilter filter) {
        List<Event> items = new ArrayList<>();
        long next = cursor;
        int total = 0;
        long read = 0;
        List<Event> batch;
        while (!(batch = log.apply(read, EventPump.BATCH)).isEmpty()) {
            for (Event event : batch) {
                read = event.id();
                boolean passes = filter.test(event);
                total += passes ? 1 : 0;
                if (event.id() > cursor && items.size() < wanted) {
                    next = event.id();
                    if (passes) {
                        items.add(event);
                    }
                }
            }
        }
        return new LogPage(new EventPage(items, next, oldest), total,
                next < last ? Optional.of(org.gluster.restapi.paging.Cursor.after(String.valueOf(next))) : Optional.empty());
    }
}
