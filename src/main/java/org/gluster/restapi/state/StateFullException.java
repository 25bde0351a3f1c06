package org.gluster.restapi.state;

import jakarta.ejb.ApplicationException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A state file could not be written because its storage is full (ENOSPC, or the quota EDQUOT): the
 * file keeps its previous content, and the write can succeed once space returns.
 */
@ApplicationException
public class StateFullException extends UncheckedIOException {

    StateFullException(String message, IOException cause) {
        super(message, cause);
    }

    /** {@code failure} as a StateFullException when the storage was full, else as it is. */
    static UncheckedIOException of(String message, IOException failure) {
        String reason = failure.getMessage() == null ? "" : failure.getMessage();
        return reason.contains("No space left on device") || reason.contains("Disk quota exceeded")
                ? new StateFullException(message + ": the storage is full", failure)
                : new UncheckedIOException(message, failure);
    }
}
