package org.gluster.restapi.problems;

import jakarta.ejb.ApplicationException;

/** What a request names does not exist (a volume, an option, a snapshot, a user, a job, a command). Answered 404 by its one mapper, wherever it is thrown. */
@ApplicationException
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
