package org.gluster.restapi.problems;

import jakarta.ejb.ApplicationException;

/** The pool's state forbids it now (a task failed on some nodes, a step out of order). Answered 409 by its one mapper, wherever it is thrown. */
@ApplicationException
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
