package org.gluster.restapi.cli;

import jakarta.ejb.ApplicationException;

/** glusterd did not answer the CLI, or the CLI itself could not be started. */
@ApplicationException
public class GlusterdUnavailableException extends RuntimeException {

    public GlusterdUnavailableException(String message) {
        super(message);
    }
}
