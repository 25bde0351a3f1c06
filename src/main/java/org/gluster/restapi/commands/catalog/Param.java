package org.gluster.restapi.commands.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parameter of a command target and how it becomes CLI words:
 * FLAG emits {@code word} when true; KEYWORD emits {@code word} then the value; VALUE the value
 * alone; VALUES each string of an array; PAIRS each key and value of an object; CHOICE the words
 * that {@code choices} maps the value to; ANSWER nothing: the gateway applies it to the answer (filtervalue, bytes),
 * it never reaches the CLI. {@code maxItems} bounds VALUES and PAIRS (0: unbounded);
 * {@code distinct} refuses a VALUES array that names an item twice.
 */
public record Param(String name, Shape shape, String word, Check check, Check pairValueCheck,
                    Map<String, List<String>> choices, boolean required, String description, int maxItems,
                    boolean distinct) {

    public enum Shape { FLAG, KEYWORD, VALUE, VALUES, PAIRS, CHOICE, ANSWER }

    public static Param flag(String name, String description) {
        return new Param(name, Shape.FLAG, name, null, null, Map.of(), false, description, 0, false);
    }

    public static Param keyword(String name, String word, Check check, String description) {
        return new Param(name, Shape.KEYWORD, word, check, null, Map.of(), false, description, 0, false);
    }

    public static Param value(String name, Check check, String description) {
        return new Param(name, Shape.VALUE, null, check, null, Map.of(), false, description, 0, false);
    }

    public static Param values(String name, Check check, String description) {
        return new Param(name, Shape.VALUES, null, check, null, Map.of(), false, description, 0, false);
    }

    public static Param pairs(String name, Check keyCheck, Check valueCheck, String description) {
        return new Param(name, Shape.PAIRS, null, keyCheck, valueCheck, Map.of(), false, description, 0, false);
    }

    public static Param choice(String name, Map<String, List<String>> choices, String description) {
        return new Param(name, Shape.CHOICE, null, null, null, Map.copyOf(choices), false, description, 0, false);
    }

    /** Choices that are each their own single CLI word, in the order given. */
    /** A parameter the gateway applies to the answer; checked like a VALUE (a FLAG when {@code check} is null). */
    public static Param onAnswer(String name, Check check, String description) {
        return new Param(name, Shape.ANSWER, null, check, null, Map.of(), false, description, 0, false);
    }

    public static Map<String, List<String>> words(String... words) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        for (String word : words) {
            choices.put(word, List.of(word));
        }
        return choices;
    }

    public Param mandatory() {
        return new Param(name, shape, word, check, pairValueCheck, choices, true, description, maxItems, distinct);
    }

    public Param atMost(int items) {
        return new Param(name, shape, word, check, pairValueCheck, choices, required, description, items, distinct);
    }

    public Param eachOnce() {
        return new Param(name, shape, word, check, pairValueCheck, choices, required, description, maxItems, true);
    }
}
