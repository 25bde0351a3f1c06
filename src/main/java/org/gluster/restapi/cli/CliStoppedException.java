package org.gluster.restapi.cli;

/** The CLI was stopped before it asked glusterd anything ({@link EarlyStop}); running it again is safe. */
public class CliStoppedException extends RuntimeException {

    public CliStoppedException(String message) {
        super(message);
    }
}
