package org.gluster.restapi.commands.catalog;

import java.util.Arrays;

/** A place in a command's argv template: a fixed word, the next positional argument, or a named parameter. */
public sealed interface Slot {

    record Word(String word) implements Slot {
    }

    record Positional(Param param) implements Slot {
    }

    record Named(Param param) implements Slot {
    }

    static Slot[] words(String... words) {
        return Arrays.stream(words).map(Word::new).toArray(Slot[]::new);
    }

    static Slot pos(Param param) {
        return new Positional(param);
    }

    static Slot named(Param param) {
        return new Named(param);
    }
}
