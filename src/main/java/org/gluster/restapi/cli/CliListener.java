package org.gluster.restapi.cli;

import java.util.List;

/** Told of every CLI run, whatever its outcome: the daemon's metrics and per-request time; nothing in the admin tool. */
public interface CliListener {

    CliListener NONE = new CliListener() {
    };

    default void started(List<String> args) {
    }

    default void finished(List<String> args, long elapsedNanos) {
    }
}
