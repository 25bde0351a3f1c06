package org.gluster.restapi.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.paging.Cursor;
import org.gluster.restapi.paging.PageRequest;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.time.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of the real log store: a cursor from the Link continues where after=next would. */
class LogPageTest {

    @TempDir
    Path dir;

    EventStore store;

    EventStore store() {
        var files = StateLocation.fixed(dir, Runnable::run).get();
        EventStore made = new EventStore(() -> files, 10_000, Duration.ofDays(7),
                new TestClock(Instant.parse("2026-12-01T00:00:00Z")));
        made.append(IntStream.rangeClosed(1, 1234).mapToObj(i -> new NewEvent("n1", i % 3 == 0 ? "VOLUME_START"
                : "VOLUME_SET", Json.createObjectBuilder().add("name", "gv" + i).build())).toList());
        return made;
    }

    LogPage page(long after, int limit, EventFilter filter) {
        return LogPage.read(store::after, store.index().oldest(), store.index().last(), after, limit, filter);
    }

    @Test
    void theLinksCursorWalksTheFilteredLogOnceAndTheTotalCountsTheWholeLog() {
        store = store();
        EventFilter starts = EventFilter.of("VOLUME_START", null, false);
        List<Long> walked = new ArrayList<>();
        long after = 0;
        int pages = 0;
        Optional<String> next;
        do {
            LogPage page = page(after, 100, starts);
            assertEquals(411, page.total());
            page.body().events().forEach(e -> walked.add(e.id()));
            next = page.next();
            after = next.map(c -> Long.parseLong(Cursor.key(c))).orElse(page.body().next());
            assertEquals(page.body().next(), after, "the Link's cursor is the page's next");
            pages++;
        } while (next.isPresent());
        assertEquals(5, pages);
        assertEquals(IntStream.rangeClosed(1, 411).mapToObj(i -> 3L * i).toList(), walked);
    }

    @Test
    void theLastPageHasNoLinkAndItsNextIsWhereToPollFrom() {
        store = store();
        LogPage tail = page(1200, 100, EventFilter.of(null, null, false));
        assertEquals(34, tail.body().events().size());
        assertEquals(1234, tail.body().next());
        assertTrue(tail.next().isEmpty());
        assertEquals(1234, tail.total());
        LogPage full = page(1000, 234, EventFilter.of(null, null, false));
        assertTrue(full.next().isEmpty(), "a page that ends at the log's end has no next page");
        LogPage cut = page(0, 10, EventFilter.of(null, null, false));
        assertEquals(List.of(1L, 10L), List.of(cut.body().events().get(0).id(), cut.body().next()));
        assertEquals(Optional.of(Cursor.after("10")), cut.next());
        assertEquals(1L, cut.body().oldest());
        assertEquals(0, page(5000, 10, EventFilter.of(null, null, false)).body().events().size());
    }

    @Test
    void aPageStartsAfterTheIdOfAfterOrOfTheCursorNeverBoth() {
        assertEquals(0, Events.start(null, new PageRequest(10, Optional.empty())));
        assertEquals(7, Events.start("7", new PageRequest(10, Optional.empty())));
        assertEquals(12, Events.start(null, new PageRequest(10, Optional.of("12"))));
        assertEquals("cursor", assertThrows(InvalidInputException.class,
                () -> Events.start("7", new PageRequest(10, Optional.of("12")))).field());
        assertEquals("cursor", assertThrows(InvalidInputException.class,
                () -> Events.start(null, new PageRequest(10, Optional.of("gv1")))).field(), "not an event's id");
        assertEquals("after", assertThrows(InvalidInputException.class,
                () -> Events.start("x", new PageRequest(10, Optional.empty()))).field());
    }
}
