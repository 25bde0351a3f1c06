package org.gluster.restapi.commands;

import jakarta.ejb.ApplicationException;

/** The node's gluster CLI stayed busy longer than a request may wait for it. */
@ApplicationException
public class CliBusyException extends RuntimeException {

    private final int waitedSeconds;

    public CliBusyException(int waitedSeconds) {
        super("the gluster CLI of this node stayed busy for " + waitedSeconds + " s, longer than a request may wait");
        this.waitedSeconds = waitedSeconds;
    }

    public int waitedSeconds() {
        return waitedSeconds;
    }
}
