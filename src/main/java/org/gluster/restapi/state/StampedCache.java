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

/** Parsed content per file name, trusted while the file's stamp is unchanged and was settled when read. */
final class StampedCache {

    static final Duration SETTLE = Duration.ofSeconds(2);

    /** A file's (mtime, size, file key) and whether it was older than {@link #SETTLE} when taken. */
    record Stat(Stamp stamp, boolean settled) {
    }

    record Stamp(FileTime modified, long size, Object fileKey) {
    }

    private record Entry(Stat stat, Class<?> type, Object value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    StampedCache(Clock clock) {
        this.clock = clock;
    }

    Stat stat(Path file) throws IOException {
        Instant now = clock.instant();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Stamp stamp = new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        return new Stat(stamp, stamp.modified().toInstant().plus(SETTLE).isBefore(now));
    }

    /** The cached value when {@code stat} shows the file as it was when that value was read and settled. */
    <T> Optional<T> get(String name, Stat stat, Class<T> type) {
        Entry entry = entries.get(name);
        if (entry != null && entry.stat().settled() && entry.type() == type && entry.stat().stamp().equals(stat.stamp())) {
            return Optional.of(type.cast(entry.value()));
        }
        return Optional.empty();
    }

    <T> void put(String name, Stat stat, Class<T> type, T value) {
        entries.put(name, new Entry(stat, type, value));
    }

    /** The value read last, whatever the file holds now. */
    <T> Optional<T> last(String name, Class<T> type) {
        Entry entry = entries.get(name);
        return entry != null && entry.type() == type ? Optional.of(type.cast(entry.value())) : Optional.empty();
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    void forget(String name) {
        entries.remove(name);
    }
}
