package org.gluster.restapi.cli;

import jakarta.ejb.ApplicationException;

/** The CLI answered with something that is neither its XML nor a known plain-text answer (usage text, say). */
@ApplicationException
public class CliOutputUnreadableException extends RuntimeException {

    private final String output;

    public CliOutputUnreadableException(String message, String output) {
        super(message);
        this.output = output;
    }

    public String output() {
        return output;
    }
}
