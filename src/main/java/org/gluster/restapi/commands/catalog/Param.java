package org.gluster.restapi.commands.catalog;

import java.util.List;
import java.util.Map;

/**
 * One parameter of a command target and how it becomes CLI words:
 * FLAG emits {@code word} when true; KEYWORD emits {@code word} then the value; VALUE the value
 * alone; VALUES each string of an array; PAIRS each key and value of an object; CHOICE the words
 * that {@code choices} maps the value to.
 */
public record Param(String name, Shape shape, String word, Check check, Check pairValueCheck,
                    Map<String, List<String>> choices, boolean required, String description) {

    public enum Shape { FLAG, KEYWORD, VALUE, VALUES, PAIRS, CHOICE }

    public static Param flag(String name, String description) {
        return new Param(name, Shape.FLAG, name, null, null, Map.of(), false, description);
    }

    public static Param keyword(String name, String word, Check check, String description) {
        return new Param(name, Shape.KEYWORD, word, check, null, Map.of(), false, description);
    }

    public static Param value(String name, Check check, String description) {
        return new Param(name, Shape.VALUE, null, check, null, Map.of(), false, description);
    }

    public static Param values(String name, Check check, String description) {
        return new Param(name, Shape.VALUES, null, check, null, Map.of(), false, description);
    }

    public static Param pairs(String name, Check keyCheck, Check valueCheck, String description) {
        return new Param(name, Shape.PAIRS, null, keyCheck, valueCheck, Map.of(), false, description);
    }

    public static Param choice(String name, Map<String, List<String>> choices, String description) {
        return new Param(name, Shape.CHOICE, null, null, null, Map.copyOf(choices), false, description);
    }

    public Param mandatory() {
        return new Param(name, shape, word, check, pairValueCheck, choices, true, description);
    }
}
