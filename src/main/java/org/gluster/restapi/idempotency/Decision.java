package org.gluster.restapi.idempotency;

/** What a request with a key does: run (holding the claim), get the kept answer, or be refused. */
public sealed interface Decision {

    /** The first time (or a claim that expired): run, then {@code finish} or {@code release} the claim. */
    record Run(String claim) implements Decision {
    }

    record Replay(KeptResponse response) implements Decision {
    }

    /** The key was used for another request: 422. */
    record OtherRequest() implements Decision {
    }

    /** The first request still runs: 409 with Retry-After. */
    record InFlight(long retryAfterSeconds) implements Decision {
    }
}
