package org.gluster.restapi.cli;

import jakarta.enterprise.context.RequestScoped;

/** Time this request spent in the gluster CLI and waiting for it, told to the client as Server-Timing. */
@RequestScoped
public class CliTime {

    private long cliNanos;
    private int runs;

    void add(long nanos) {
        cliNanos += nanos;
        runs++;
    }

    public int runs() {
        return runs;
    }

    public double cliMillis() {
        return cliNanos / 1e6;
    }
}
