package org.gluster.restapi.state;

import jakarta.ejb.ApplicationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * A write of the state was not confirmed because its storage did not answer in time (a GlusterFS node gone
 * silent stalls I/O until the ping-timeout). The write was given up on, not undone: it may still land when
 * the storage answers again, so the caller reads before repeating it.
 */
@ApplicationException
public class StateStalledException extends UncheckedIOException {

    private final Duration silent;

    StateStalledException(String file, Duration silent) {
        super("the storage of " + file + " has not answered for " + silent.toMillis() + " ms",
                new IOException("no answer within the write timeout"));
        this.silent = silent;
    }

    /** How long the storage had not answered any write when this one was given up on. */
    public Duration silent() {
        return silent;
    }
}
