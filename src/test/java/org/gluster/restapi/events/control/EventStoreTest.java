package org.gluster.restapi.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.time.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    @TempDir
    Path dir;

    final TestClock clock = new TestClock(Instant.parse("2026-12-01T00:00:00Z"));

    StateFiles files;

    EventStore store(int max, Duration age) {
        if (files == null) {
            files = StateLocation.fixed(dir, Runnable::run).get();
        }
        StateFiles shared = files;
        return new EventStore(() -> shared, max, age, clock);
    }

    static List<NewEvent> events(int n) {
        return IntStream.range(0, n).mapToObj(i -> new NewEvent("node-1", "VOLUME_SET",
                Json.createObjectBuilder().add("name", "gv" + i).build())).toList();
    }

    static List<Long> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @Test
    void appendedEventsGetConsecutiveIdsAndAreReadBackInOrderWithTheirMessages() {
        EventStore store = store(10_000, Duration.ofDays(7));
        store.append(events(3));
        List<Event> more = store.append(events(2));
        assertEquals(List.of(4L, 5L), ids(more));
        List<Event> all = store.after(0, 100);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(all));
        assertEquals("gv2", all.get(2).message().getString("name"));
        assertEquals("gv2", all.get(2).volume());
        assertEquals(clock.instant(), all.get(0).time());
        assertEquals(List.of(4L, 5L), ids(store.after(3, 100)));
        assertEquals(List.of(2L, 3L), ids(store.after(1, 2)));
    }

    @Test
    void aBatchThatCrossesBlocksIsReadWholeAcrossThem() {
        EventStore store = store(10_000, Duration.ofDays(7));
        store.append(events(95));
        store.append(events(30));
        assertEquals(LongStream.rangeClosed(90, 125).boxed().toList(), ids(store.after(89, 1000)));
    }

    @Test
    void theLogKeepsTheNewestMaxEntriesAndStartsAnOlderCursorAtItsOldest() {
        EventStore store = store(200, Duration.ofDays(7));
        for (int i = 0; i < 7; i++) {
            store.append(events(100));
        }
        assertEquals(501, store.index().oldest());
        assertEquals(List.of(501L, 502L), ids(store.after(0, 2)));
        assertEquals(200, store.after(0, 10_000).size());
    }

    @Test
    void blocksOlderThanTheMaximumAgeAreDroppedWhole() {
        EventStore store = store(10_000, Duration.ofDays(7));
        store.append(events(150));
        clock.advance(Duration.ofDays(8));
        store.append(events(60));
        assertEquals(101, store.index().oldest());
        assertEquals(101L, store.after(0, 1).get(0).id());
    }

    @Test
    void aBlockWrittenByAnAppendThatDiedBeforeItsIndexIsNeitherReadNorKept() throws Exception {
        EventStore store = store(10_000, Duration.ofDays(7));
        store.append(events(2));
        Path index = dir.resolve(EventStore.INDEX);
        byte[] before = Files.readAllBytes(index);
        store.append(events(1));
        Files.write(index, before);
        assertEquals(List.of(1L, 2L), ids(store.after(0, 100)));
        List<Event> next = store.append(events(1));
        assertEquals(List.of(3L), ids(next));
        assertEquals(List.of(1L, 2L, 3L), ids(store.after(0, 100)));
    }

    @Test
    void twoWritersOfOneLogNeverGiveTheSameIdNorLoseAnEvent() throws Exception {
        EventStore one = store(10_000, Duration.ofDays(7));
        EventStore two = store(10_000, Duration.ofDays(7));
        var threads = List.of(new Thread(() -> IntStream.range(0, 40).forEach(i -> one.append(events(3)))),
                new Thread(() -> IntStream.range(0, 40).forEach(i -> two.append(events(2)))));
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        List<Long> ids = ids(one.after(0, 10_000));
        assertEquals(LongStream.rangeClosed(1, 200).boxed().toList(), ids);
        assertEquals(200, two.index().last());
    }
}
