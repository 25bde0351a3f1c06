package org.gluster.restapi.events.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.state.StateFiles;

/**
 * The durable event log in the pool state (see package-info): the index {@code events.json} and a ring
 * of block files {@code events-<slot>.json}. An append rewrites the block it extends, then the index,
 * both under the index's lock; a reader reads the index, then the blocks, and takes from them only
 * ids the index has given, so a block written by an append that died before its index is never seen
 * and is overwritten by the next append.
 */
final class EventStore {

    static final int BLOCK = 100;
    static final String INDEX = "events.json";

    private final Supplier<StateFiles> state;
    private final int maxEvents;
    private final int slots;
    private final Duration maxAge;
    private final Clock clock;
    private final Jsonb jsonb = JsonbBuilder.create();

    EventStore(Supplier<StateFiles> state, int maxEvents, Duration maxAge, Clock clock) {
        this.state = state;
        this.maxEvents = Math.max(BLOCK, maxEvents);
        this.slots = (this.maxEvents + BLOCK - 1) / BLOCK + 2;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    List<Event> append(List<NewEvent> drafts) {
        List<Event> added = new ArrayList<>();
        state.get().update(INDEX, EventIndex.class, EventIndex::empty, index -> {
            added.clear();
            Instant now = clock.instant();
            long id = index.last();
            List<Event> block = current(index);
            for (NewEvent draft : drafts) {
                id++;
                Event event = new Event(id, now, draft.node(), draft.event(), draft.message());
                added.add(event);
                if (!block.isEmpty() && blockOf(block.get(0).id()) != blockOf(id)) {
                    write(block);
                    block = new ArrayList<>();
                }
                block.add(event);
            }
            write(block);
            return new EventIndex(id, oldest(index.oldest(), id, now));
        });
        return List.copyOf(added);
    }

    /** At most {@code limit} events with ids after {@code after}, oldest first. */
    List<Event> after(long after, int limit) {
        EventIndex index = index();
        long from = Math.max(after + 1, index.oldest());
        long to = Math.min(index.last(), from + limit - 1);
        List<Event> events = new ArrayList<>();
        for (long block = blockOf(from); from <= to && block <= blockOf(to); block++) {
            for (Event event : read(block).map(EventBlock::events).orElse(List.of())) {
                if (event.id() >= from && event.id() <= to) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    EventIndex index() {
        return state.get().read(INDEX, EventIndex.class).orElseGet(EventIndex::empty);
    }

    private List<Event> current(EventIndex index) {
        long next = index.last() + 1;
        List<Event> kept = new ArrayList<>();
        if (index.last() > 0 && blockOf(index.last()) == blockOf(next)) {
            readFresh(blockOf(next)).ifPresent(b -> b.events().stream().filter(e -> e.id() <= index.last())
                    .forEach(kept::add));
        }
        return kept;
    }

    private long oldest(long oldest, long last, Instant now) {
        long kept = Math.max(oldest, last - maxEvents + 1);
        Instant limit = now.minus(maxAge);
        while (blockOf(kept) < blockOf(last)) {
            List<Event> events = read(blockOf(kept)).map(EventBlock::events).orElse(List.of());
            if (!events.isEmpty() && !events.get(events.size() - 1).time().isBefore(limit)) {
                break;
            }
            kept = (blockOf(kept) + 1) * BLOCK + 1;
        }
        return kept;
    }

    private void write(List<Event> events) {
        long block = blockOf(events.get(0).id());
        state.get().writeBytes(slot(block), jsonb.toJson(new EventBlock(block, events), EventBlock.class)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Optional<EventBlock> read(long block) {
        return state.get().read(slot(block), EventBlock.class).filter(b -> b.block() == block);
    }

    private Optional<EventBlock> readFresh(long block) {
        return state.get().readBytes(slot(block))
                .map(bytes -> jsonb.fromJson(new String(bytes, StandardCharsets.UTF_8), EventBlock.class))
                .filter(b -> b.block() == block);
    }

    private String slot(long block) {
        return "events-" + (block % slots) + ".json";
    }

    static long blockOf(long id) {
        return (id - 1) / BLOCK;
    }
}
