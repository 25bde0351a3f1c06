package org.gluster.restapi.problems;

import jakarta.ejb.ApplicationException;

/**
 * A limit refused the request, whatever the limit: requests in flight, auth or command rate, the
 * wait for the CLI, the job table. Answered 429 with Retry-After and the limit's name, and counted.
 */
@ApplicationException
public class TooManyRequestsException extends RuntimeException {

    private final String limit;
    private final long retryAfterSeconds;

    public TooManyRequestsException(String limit, String detail, long retryAfterSeconds) {
        super("limit " + limit + ": " + detail);
        this.limit = limit;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public String limit() {
        return limit;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem problem() {
        return Problem.of(429, "Too many requests", getMessage());
    }
}
