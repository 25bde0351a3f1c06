package org.gluster.restapi.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.gluster.restapi.state.StateFiles;

/**
 * The keys in the pool state, spread over {@code buckets} files by their scope (see package-info). Every
 * decision is one read-modify-write of one bucket under its cross-node lock, so two nodes that get the
 * same key at once agree on which one runs.
 */
final class KeyStore {

    static final long MAX_RETRY_AFTER_SECONDS = 5;

    private final Supplier<StateFiles> state;
    private final Clock clock;
    private final Duration expiry;
    private final Duration inFlightExpiry;
    private final int buckets;
    private final int perBucket;

    KeyStore(Supplier<StateFiles> state, Clock clock, Duration expiry, Duration inFlightExpiry, int maxKeys,
             int buckets) {
        this.state = state;
        this.clock = clock;
        this.expiry = expiry;
        this.inFlightExpiry = inFlightExpiry;
        this.buckets = Math.max(1, buckets);
        this.perBucket = Math.max(1, (maxKeys + this.buckets - 1) / this.buckets);
    }

    Decision begin(String scope, String fingerprint) {
        AtomicReference<Decision> decision = new AtomicReference<>();
        state.get().update(file(scope), KeyBucket.class, KeyBucket::empty, bucket -> {
            Instant now = clock.instant();
            List<KeyEntry> entries = live(bucket, now);
            Optional<KeyEntry> found = entries.stream().filter(e -> e.scope().equals(scope)).findFirst();
            if (found.isPresent() && !found.get().fingerprint().equals(fingerprint)) {
                decision.set(new Decision.OtherRequest());
                return new KeyBucket(entries);
            }
            if (found.isPresent() && found.get().finished()) {
                decision.set(new Decision.Replay(found.get().response()));
                return new KeyBucket(entries);
            }
            if (found.isPresent() && found.get().claimedUntil().isAfter(now)) {
                long left = Duration.between(now, found.get().claimedUntil()).toSeconds();
                decision.set(new Decision.InFlight(Math.max(1, Math.min(MAX_RETRY_AFTER_SECONDS, left))));
                return new KeyBucket(entries);
            }
            found.ifPresent(entries::remove);
            String claim = UUID.randomUUID().toString();
            entries.add(new KeyEntry(scope, fingerprint, now, claim, now.plus(inFlightExpiry), null));
            decision.set(new Decision.Run(claim));
            return new KeyBucket(bounded(entries));
        });
        return decision.get();
    }

    /** Keeps the answer of the request that holds {@code claim}; nothing when the claim was lost meanwhile. */
    void finish(String scope, String claim, KeptResponse answer) {
        change(scope, claim, entry -> entry.answered(answer));
    }

    /** Forgets the claim, so that the next request with the key runs. */
    void release(String scope, String claim) {
        change(scope, claim, entry -> null);
    }

    private void change(String scope, String claim, java.util.function.UnaryOperator<KeyEntry> change) {
        state.get().update(file(scope), KeyBucket.class, KeyBucket::empty, bucket -> {
            List<KeyEntry> entries = new ArrayList<>();
            for (KeyEntry entry : live(bucket, clock.instant())) {
                KeyEntry next = entry.scope().equals(scope) && claim.equals(entry.claim()) ? change.apply(entry) : entry;
                if (next != null) {
                    entries.add(next);
                }
            }
            return new KeyBucket(entries);
        });
    }

    /** The entries younger than the expiry; claims that expired stay until replaced or aged out. */
    private List<KeyEntry> live(KeyBucket bucket, Instant now) {
        Instant oldest = now.minus(expiry);
        List<KeyEntry> entries = new ArrayList<>();
        for (KeyEntry entry : bucket.entries() == null ? List.<KeyEntry>of() : bucket.entries()) {
            if (entry.created().isAfter(oldest)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** At most this bucket's share: the oldest finished entries leave first, claims held now only last. */
    private List<KeyEntry> bounded(List<KeyEntry> entries) {
        if (entries.size() <= perBucket) {
            return entries;
        }
        List<KeyEntry> byAge = new ArrayList<>(entries);
        byAge.sort(Comparator.comparing((KeyEntry e) -> !e.finished()).thenComparing(KeyEntry::created));
        return new ArrayList<>(byAge.subList(byAge.size() - perBucket, byAge.size()));
    }

    String file(String scope) {
        int bucket = Integer.parseUnsignedInt(scope.substring(0, 6), 16) % buckets;
        return "idempotency-" + bucket + ".json";
    }
}
