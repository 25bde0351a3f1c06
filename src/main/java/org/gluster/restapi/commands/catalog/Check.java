package org.gluster.restapi.commands.catalog;

/** A validation of one value before it becomes a CLI word: returns the value it accepts, or throws InvalidInputException. */
@FunctionalInterface
public interface Check {

    String accept(String field, String value);
}
