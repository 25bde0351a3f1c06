package org.gluster.restapi.cli;

import jakarta.ejb.ApplicationException;

/** The CLI ran out of time: killed by the gateway, or it reported "Request timed out" itself. */
@ApplicationException
public class CliTimeoutException extends RuntimeException {

    public CliTimeoutException(String message) {
        super(message);
    }
}
