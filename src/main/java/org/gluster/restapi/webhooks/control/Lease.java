package org.gluster.restapi.webhooks.control;

import java.time.Duration;
import java.time.Instant;

/** Which node delivers the pool's webhooks, until when (see package-info). */
public record Lease(String node, Instant expires) {

    static Lease none() {
        return new Lease("", Instant.EPOCH);
    }

    /** The lease after {@code node} asked for it at {@code now}: renewed or taken when it is its own or expired. */
    Lease askedBy(String node, Instant now, Duration term) {
        return node.equals(this.node) || !expires.isAfter(now) ? new Lease(node, now.plus(term)) : this;
    }

    boolean heldBy(String node, Instant now) {
        return node.equals(this.node) && expires.isAfter(now);
    }
}
