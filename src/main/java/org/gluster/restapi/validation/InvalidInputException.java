package org.gluster.restapi.validation;

import jakarta.ejb.ApplicationException;

/** A request value that must not reach the gluster CLI; {@code field} names where it came from. */
@ApplicationException
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
