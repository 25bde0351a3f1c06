package org.gluster.restapi.events.control;

/**
 * The log's head, {@code events.json}: the last id given and the oldest id still kept. Every append
 * rewrites it under its cross-node lock, which is what makes ids unique in the pool.
 */
public record EventIndex(long last, long oldest) {

    static EventIndex empty() {
        return new EventIndex(0, 1);
    }
}
