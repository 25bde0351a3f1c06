package org.gluster.restapi.commands.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gluster.restapi.cli.CliOutput;

/**
 * The answers of read-only CLI runs, by argv: a configuration read stays valid until {@link
 * #invalidate()}, a live one for at most {@code liveMaxAge}; bounded in entries and bytes, the
 * least recently used leaving first. Concurrent requests for the same read share one run. A run
 * that started before an invalidation is answered to its callers but never stored. Events are
 * counted ({@code tally}) outside the lock, and a hit takes no lock at all (measured at 32 clients: the
 * cache's monitor made cached reads wait, 229 waits of 10 ms or more in 15 s).
 */
public final class ReadCache {

    public enum Outcome { HIT, SHARED, MISS }

    public record Key(List<String> args, boolean xml) {
    }

    /** A parsed answer and what it costs to keep (about twice the characters the CLI printed). */
    public record Loaded(CliOutput output, long bytes) {
    }

    public record Answer(CliOutput output, Instant fetched, boolean live, Outcome outcome) {
    }

    /** A stored answer; {@code used} is the tick of its last hit (the least recently used leaves first). */
    private static final class Entry {
        final CliOutput output;
        final Instant fetched;
        final boolean live;
        final long bytes;
        volatile long used;

        Entry(CliOutput output, Instant fetched, boolean live, long bytes, long used) {
            this.output = output;
            this.fetched = fetched;
            this.live = live;
            this.bytes = bytes;
            this.used = used;
        }
    }

    private record Flight(long generation, Instant started, CompletableFuture<CliOutput> result,
                          AtomicBoolean running) {
    }

    /** A run of the CLI for a read; it calls {@code started} when the CLI starts (after its wait for the turn). */
    @FunctionalInterface
    public interface Loader {
        Loaded load(Runnable started);
    }

    private final Clock clock;
    private final Duration liveMaxAge;
    private final int maxEntries;
    private final long maxBytes;
    private final Consumer<String> tally;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong ticks = new AtomicLong();
    private final Map<Key, Flight> flights = new HashMap<>();
    private final Map<Key, Flight> queued = new HashMap<>();
    private long generation;
    private long bytes;

    public ReadCache(Clock clock, Duration liveMaxAge, int maxEntries, long maxBytes, Consumer<String> tally) {
        this.clock = clock;
        this.liveMaxAge = liveMaxAge;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.tally = tally;
    }

    /**
     * A fresh stored answer, else the run in flight for the same key, else {@code load}'s own run
     * (stored when it succeeds). {@code revalidate} skips the first two: the caller wants a run of
     * its own.
     */
    public Answer read(Key key, boolean live, boolean revalidate, Supplier<Loaded> load) {
        return read(key, live, revalidate, started -> {
            started.run();
            return load.get();
        });
    }

    /**
     * Like {@link #read(Key, boolean, boolean, Supplier)}; a revalidating read also joins a run for the same
     * key that is still waiting for its turn (its CLI has not started, so its answer is newer than the
     * request), so readers that insist on a run of their own do not queue one run each.
     */
    public Answer read(Key key, boolean live, boolean revalidate, Loader load) {
        Entry stored = revalidate ? null : entries.get(key);
        if (stored != null && fresh(stored)) {   // a hit takes no lock
            stored.used = ticks.incrementAndGet();
            tally.accept("hit");
            return new Answer(stored.output, stored.fetched, stored.live, Outcome.HIT);
        }
        Flight flight;
        Flight joined = null;
        Entry hit = null;
        synchronized (this) {
            Entry entry = revalidate ? null : entries.get(key);
            Flight waiting = revalidate ? queued.get(key) : null;
            if (entry != null && fresh(entry)) {
                hit = entry;
                flight = null;
            } else if (waiting != null && waiting.generation() == generation && !waiting.running().get()) {
                joined = waiting;
                flight = null;
            } else {
                Flight running = revalidate ? null : flights.get(key);
                if (running != null && running.generation() == generation) {
                    joined = running;
                    flight = null;
                } else {
                    flight = new Flight(generation, clock.instant(), new CompletableFuture<>(), new AtomicBoolean());
                    Flight current = flights.get(key);
                    if (current == null || current.generation() != generation) {
                        flights.put(key, flight);
                    }
                    queued.put(key, flight);
                }
            }
        }
        if (hit != null) {
            hit.used = ticks.incrementAndGet();
            tally.accept("hit");
            return new Answer(hit.output, hit.fetched, hit.live, Outcome.HIT);
        }
        if (joined != null) {
            tally.accept("shared");
            return new Answer(await(joined.result()), joined.started(), live, Outcome.SHARED);
        }
        tally.accept("miss");
        try {
            Flight mine = flight;
            Loaded loaded = load.load(() -> started(key, mine));
            store(key, new Entry(loaded.output(), flight.started(), live, loaded.bytes(), ticks.incrementAndGet()),
                    flight.generation());
            flight.result().complete(loaded.output());
            return new Answer(loaded.output(), flight.started(), live, Outcome.MISS);
        } catch (RuntimeException | Error e) {
            flight.result().completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                flights.remove(key, flight);
                queued.remove(key, flight);
            }
        }
    }

    /** The CLI of {@code flight} starts: from now on a revalidating read does not join it. */
    private synchronized void started(Key key, Flight flight) {
        flight.running().set(true);
        queued.remove(key, flight);
    }

    /** Something changed the pool: nothing stored before now is answered again. */
    public void invalidate() {
        synchronized (this) {
            generation++;
            entries.clear();
            bytes = 0;
        }
        tally.accept("invalidation");
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    public Duration liveMaxAge() {
        return liveMaxAge;
    }

    private boolean fresh(Entry entry) {
        return !entry.live || Duration.between(entry.fetched, clock.instant()).compareTo(liveMaxAge) <= 0;
    }

    private void store(Key key, Entry entry, long startedIn) {
        int evicted = 0;
        synchronized (this) {
            if (startedIn != generation || entry.bytes > maxBytes) {
                return;
            }
            Entry replaced = entries.put(key, entry);
            bytes += entry.bytes - (replaced == null ? 0 : replaced.bytes);
            while (entries.size() > maxEntries || bytes > maxBytes) {
                Map.Entry<Key, Entry> eldest = null;
                for (Map.Entry<Key, Entry> e : entries.entrySet()) {
                    if (e.getValue() != entry && (eldest == null || e.getValue().used < eldest.getValue().used)) {
                        eldest = e;
                    }
                }
                if (eldest == null) {
                    break;
                }
                entries.remove(eldest.getKey());
                bytes -= eldest.getValue().bytes;
                evicted++;
            }
        }
        for (int i = 0; i < evicted; i++) {
            tally.accept("eviction");
        }
    }


    private static CliOutput await(CompletableFuture<CliOutput> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
