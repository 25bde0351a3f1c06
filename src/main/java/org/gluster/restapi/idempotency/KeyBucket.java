package org.gluster.restapi.idempotency;

import java.util.List;

/** The content of one {@code idempotency-<n>.json}: the entries whose scope hashes to it. */
public record KeyBucket(List<KeyEntry> entries) {

    static KeyBucket empty() {
        return new KeyBucket(List.of());
    }
}
