package org.gluster.restapi.problems;

import jakarta.ejb.ApplicationException;

/** The caller is authenticated but its group may not do this. Answered 403 by its one mapper, wherever it is thrown. */
@ApplicationException
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
