package org.gluster.restapi.events.control;

import org.gluster.restapi.validation.InvalidInputException;

/** Where a reader resumes: the id of the last event it has, from {@code Last-Event-ID} or {@code ?after=}. */
final class Cursor {

    static final long MAX = 1L << 53;

    private Cursor() {
    }

    /** The cursor given, or {@code otherwise} when none is; {@code Last-Event-ID} wins over {@code after}. */
    static long of(String lastEventId, String after, long otherwise) {
        return of(lastEventId, after, otherwise, "after");
    }

    /** As {@link #of(String, String, long)}, naming {@code field} when {@code after} is not an id. */
    static long of(String lastEventId, String after, long otherwise, String field) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            return parse("Last-Event-ID", lastEventId.strip());
        }
        return after == null || after.isBlank() ? otherwise : parse(field, after.strip());
    }

    private static long parse(String field, String value) {
        if (value.isEmpty() || value.length() > 16 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException(field, "is the id of an event: a whole number from 0 to " + MAX);
        }
        long id = Long.parseLong(value);
        if (id > MAX) {
            throw new InvalidInputException(field, "is the id of an event: a whole number from 0 to " + MAX);
        }
        return id;
    }
}
