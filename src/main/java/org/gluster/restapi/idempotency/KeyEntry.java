package org.gluster.restapi.idempotency;

import java.time.Instant;

/**
 * One key of one caller: {@code scope} hashes both; {@code claim} and {@code claimedUntil} are set while
 * the first request runs, {@code response} once it has its final answer.
 */
public record KeyEntry(String scope, String fingerprint, Instant created, String claim, Instant claimedUntil,
                       KeptResponse response) {

    boolean finished() {
        return response != null;
    }

    KeyEntry answered(KeptResponse answer) {
        return new KeyEntry(scope, fingerprint, created, null, null, answer);
    }
}
