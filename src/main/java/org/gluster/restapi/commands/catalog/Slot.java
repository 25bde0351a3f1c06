package org.gluster.restapi.commands.catalog;

/** A place in a command's argv template: a fixed word, the next positional argument, or a named parameter. */
public sealed interface Slot {

    record Word(String word) implements Slot {
    }

    record Positional(Param param) implements Slot {
    }

    record Named(Param param) implements Slot {
    }
}
