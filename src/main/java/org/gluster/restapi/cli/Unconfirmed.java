package org.gluster.restapi.cli;

import java.util.List;

/**
 * A change whose CLI lost glusterd (it stopped answering or went away while the command ran, and the CLI
 * timed out, reported it, or printed nothing readable) may have been made or not: glusterd commits before it
 * answers. Its failure says so, and so does the failure of a read after a change that was made, so that nobody reads
 * "unavailable" or "timed out" as "nothing happened".
 */
public final class Unconfirmed {

    private Unconfirmed() {
    }

    /** {@code failure} of the change {@code args}, rethrown with what it means for the change. */
    public static RuntimeException of(RuntimeException failure, List<String> args) {
        String command = String.join(" ", args.subList(0, Math.min(3, args.size())));
        return reworded(failure, failure.getMessage() + "; whether `gluster " + command
                + "` took effect is unknown: read the state before repeating it");
    }

    /** {@code failure} of a read after a change that was made, rethrown saying first that it was ({@code made}). */
    public static RuntimeException afterMade(RuntimeException failure, String made) {
        return reworded(failure, made + failure.getMessage());
    }

    private static RuntimeException reworded(RuntimeException failure, String message) {
        if (failure instanceof CliTimeoutException) {
            return new CliTimeoutException(message);
        }
        if (failure instanceof GlusterdUnavailableException) {
            return new GlusterdUnavailableException(message);
        }
        if (failure instanceof CliOutputUnreadableException unreadable) {
            return new CliOutputUnreadableException(message, unreadable.output());
        }
        return failure;
    }
}
