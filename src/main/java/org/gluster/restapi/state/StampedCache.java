package org.gluster.restapi.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parsed content per file name, trusted while the file's stamp is unchanged and was settled when read.
 * Each entry remembers when its stamp was last found unchanged, and each file seen absent when, so a
 * reader may trust a recent check without a stat of its own ({@link #recent}).
 */
final class StampedCache {

    static final Duration SETTLE = Duration.ofSeconds(2);

    /**
     * A file's (mtime, size, file key), whether it was older than {@link #SETTLE} when taken, and how many
     * writes of this JVM had been made then: a value read before a write of ours is never trusted unchecked.
     */
    record Stat(Stamp stamp, boolean settled, long writes) {
    }

    record Stamp(FileTime modified, long size, Object fileKey) {
    }

    private record Entry(Stat stat, Class<?> type, Object value, Instant checked) {

        Entry checkedAt(Instant now) {
            return new Entry(stat, type, value, now);
        }
    }

    /** What {@link #recent} found: {@code value} (empty: the file was absent) checked less than the window ago. */
    record Recent<T>(Optional<T> value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Instant> absent = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();
    private final Clock clock;

    StampedCache(Clock clock) {
        this.clock = clock;
    }

    Stat stat(Path file) throws IOException {
        long writesBefore = writes.get();
        Instant now = clock.instant();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Stamp stamp = new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        return new Stat(stamp, stamp.modified().toInstant().plus(SETTLE).isBefore(now), writesBefore);
    }

    /** The cached value when {@code stat} shows the file as it was when that value was read and settled. */
    <T> Optional<T> get(String name, Stat stat, Class<T> type) {
        Entry entry = entries.get(name);
        if (entry != null && entry.stat().settled() && entry.type() == type && entry.stat().stamp().equals(stat.stamp())) {
            entries.replace(name, entry, entry.checkedAt(clock.instant()));
            return Optional.of(type.cast(entry.value()));
        }
        return Optional.empty();
    }

    <T> void put(String name, Stat stat, Class<T> type, T value) {
        absent.remove(name);
        entries.put(name, new Entry(stat, type, value, stat.writes() == writes.get() ? clock.instant() : Instant.MIN));
    }

    /** {@code name} did not exist when {@code writesBefore} writes of this JVM had been made. */
    void absent(String name, long writesBefore) {
        entries.remove(name);
        if (writesBefore == writes.get()) {
            absent.put(name, clock.instant());
        }
    }

    long writes() {
        return writes.get();
    }

    /**
     * What a check less than {@code window} ago found, a settled value of {@code type} or the file's absence;
     * null when there is no such check (the window is zero, the clock went back, the value is not settled).
     */
    <T> Recent<T> recent(String name, Class<T> type, Duration window) {
        if (window.isZero()) {
            return null;
        }
        Instant now = clock.instant();
        Entry entry = entries.get(name);
        if (entry != null) {
            return entry.stat().settled() && entry.type() == type && within(entry.checked(), now, window)
                    ? new Recent<>(Optional.of(type.cast(entry.value()))) : null;
        }
        Instant gone = absent.get(name);
        return gone != null && within(gone, now, window) ? new Recent<>(Optional.empty()) : null;
    }

    private static boolean within(Instant checked, Instant now, Duration window) {
        return !now.isBefore(checked) && Duration.between(checked, now).compareTo(window) < 0;
    }

    /**
     * What was found last, whatever the file holds now: the value read, or an empty value when the file was last
     * found absent; empty when nothing is known.
     */
    <T> Optional<Optional<T>> last(String name, Class<T> type) {
        Entry entry = entries.get(name);
        if (entry != null && entry.type() == type) {
            return Optional.of(Optional.of(type.cast(entry.value())));
        }
        return entry == null && absent.containsKey(name) ? Optional.of(Optional.empty()) : Optional.empty();
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** {@code name} was written (or may have been) by this JVM: nothing read before is trusted unchecked. */
    void forget(String name) {
        writes.incrementAndGet();
        entries.remove(name);
        absent.remove(name);
    }
}
