package org.gluster.restapi.problems;

import jakarta.ejb.ApplicationException;

/**
 * A request whose credentials were refused: 401 when they are missing or wrong, 403 when a session
 * token expired (authorization lost) or the user is locked. The message names the failed check and
 * never a secret.
 */
@ApplicationException
public class AuthenticationFailedException extends RuntimeException {

    private final int status;

    private AuthenticationFailedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static AuthenticationFailedException unauthorized(String reason) {
        return new AuthenticationFailedException(401, reason);
    }

    public static AuthenticationFailedException forbidden(String reason) {
        return new AuthenticationFailedException(403, reason);
    }

    public int status() {
        return status;
    }
}
