package org.gluster.restapi.cli;

import java.util.Locale;

/**
 * What a failed CLI operation means for the caller, from {@code opErrno} and, where glusterd
 * reuses the generic 30800, from the words of {@code opErrstr}. {@link #NOT_NOW} is never classified
 * from the answer alone: a caller that knows the refusal is momentary says so with
 * {@link CliFailedException#as(CliFailure)}.
 */
public enum CliFailure {
    NOT_FOUND(404, "Not found"),
    ALREADY_EXISTS(409, "Already exists"),
    BUSY(409, "Another transaction is in progress", "5"),
    INVALID(400, "Rejected by GlusterFS"),
    PEER_UNREACHABLE(502, "Peer unreachable"),
    NOT_NOW(503, "Not answered by GlusterFS this time", "2"),
    REFUSED(409, "Refused by GlusterFS");

    static final int NO_SUCH_VOLUME = 30806;
    static final int ANOTHER_TRANSACTION = 30802;
    static final int TRANSPORT_NOT_CONNECTED = 107;

    public final int status;
    public final String title;
    /** Seconds after which the same request may succeed, or null. */
    public final String retryAfter;

    CliFailure(int status, String title) {
        this(status, title, null);
    }

    CliFailure(int status, String title, String retryAfter) {
        this.status = status;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    public static CliFailure classify(int opErrno, String opErrstr) {
        String text = opErrstr == null ? "" : opErrstr.toLowerCase(Locale.ROOT);
        if (opErrno == ANOTHER_TRANSACTION || text.contains("another transaction")
                || text.contains("locking failed")) {
            return BUSY;
        }
        if (text.contains("did you mean") || text.startsWith("option ") || text.contains("invalid")
                || text.contains("not a valid")) {
            return INVALID;
        }
        if (opErrno == NO_SUCH_VOLUME || text.contains("does not exist") || text.contains("not part of cluster")) {
            return NOT_FOUND;
        }
        if (text.contains("already exists")) {
            return ALREADY_EXISTS;
        }
        if (opErrno == TRANSPORT_NOT_CONNECTED || text.contains("not connected")) {
            return PEER_UNREACHABLE;
        }
        return REFUSED;
    }
}
