package org.gluster.restapi.cli;

import java.util.List;

/**
 * A change whose CLI lost glusterd (it stopped answering or went away while the command ran, and the CLI
 * timed out, reported it, or printed nothing readable) may have been made or not: glusterd commits before it answers. Its failure says so, so that nobody reads "unavailable"
 * as "nothing happened".
 */
public final class Unconfirmed {

    private Unconfirmed() {
    }

    /** {@code failure} of the change {@code args}, rethrown with what it means for the change. */
    public static RuntimeException of(RuntimeException failure, List<String> args) {
        String note = "; whether `gluster " + String.join(" ", args.subList(0, Math.min(3, args.size())))
                + "` took effect is unknown: read the state before repeating it";
        if (failure instanceof CliTimeoutException) {
            return new CliTimeoutException(failure.getMessage() + note);
        }
        if (failure instanceof GlusterdUnavailableException) {
            return new GlusterdUnavailableException(failure.getMessage() + note);
        }
        if (failure instanceof CliOutputUnreadableException unreadable) {
            return new CliOutputUnreadableException(failure.getMessage() + note, unreadable.output());
        }
        return failure;
    }
}
