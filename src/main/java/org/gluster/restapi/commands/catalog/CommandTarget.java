package org.gluster.restapi.commands.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * A gluster command target: its name (the CLI words joined with '-'), the argv template, and
 * whether it changes the pool ({@code xml} false: read the CLI's text, see GlusterCommand).
 * {@code readChoices} are values of a CHOICE parameter that only read (heal info, quota list, ...),
 * so that a Monitor may run them; such a read reports a state that ages by itself, so it is live.
 * {@code live} marks a read-only command whose answer ages by itself too (status, top, the pool's
 * connections); other reads stay valid until the pool's configuration changes. {@code rules} are
 * checks across parameters.
 */
public record CommandTarget(String name, String summary, boolean mutating, Set<String> readChoices,
                            List<Slot> template, boolean xml, boolean live, List<Rule> rules) {

    public static CommandTarget read(String name, String summary, Slot[] words, Slot... rest) {
        return new CommandTarget(name, summary, false, Set.of(), concat(words, rest), true, false, List.of());
    }

    public static CommandTarget mutate(String name, String summary, Slot[] words, Slot... rest) {
        return new CommandTarget(name, summary, true, Set.of(), concat(words, rest), true, false, List.of());
    }

    /** The same command, run without --xml and answered with the CLI's text. */
    public CommandTarget readAsText() {
        return new CommandTarget(name, summary, mutating, readChoices, template, false, live, rules);
    }

    /** The same command, which only reads when its CHOICE parameter takes one of these values. */
    public CommandTarget readingWith(String... choices) {
        return new CommandTarget(name, summary, mutating, Set.of(choices), template, xml, live, rules);
    }

    /** The same read-only command, whose answer ages by itself (see {@code live}). */
    public CommandTarget liveState() {
        return new CommandTarget(name, summary, mutating, readChoices, template, xml, true, rules);
    }

    public CommandTarget rule(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new CommandTarget(name, summary, mutating, readChoices, template, xml, live, List.copyOf(more));
    }

    public List<Param> positionals() {
        return template.stream().filter(Slot.Positional.class::isInstance)
                .map(s -> ((Slot.Positional) s).param()).toList();
    }

    public List<Param> named() {
        return template.stream().filter(Slot.Named.class::isInstance).map(s -> ((Slot.Named) s).param()).toList();
    }

    /** The command on one positional argument (which may be null: a required one is then refused). */
    public GlusterCommand on(String positional, Map<String, ?> namedValues) {
        return build(Collections.singletonList(positional), namedValues);
    }

    /** Validates every argument and renders the argv; nothing unknown or unchecked gets through. */
    public GlusterCommand build(List<String> positionalValues, Map<String, ?> namedValues) {
        List<Param> positionals = positionals();
        if (positionalValues.size() > positionals.size()) {
            throw new InvalidInputException("path", name + " takes at most " + positionals.size()
                    + " positional arguments " + positionals.stream().map(Param::name).toList());
        }
        Set<String> known = new TreeSet<>(named().stream().map(Param::name).toList());
        for (String given : namedValues.keySet()) {
            if (!known.contains(given)) {
                throw new InvalidInputException(given, "is not a parameter of " + name + "; it takes " + known);
            }
        }
        List<String> argv = new ArrayList<>();
        boolean reads = !mutating;
        int next = 0;
        for (Slot slot : template) {
            if (slot instanceof Slot.Word w) {
                argv.add(w.word());
            } else if (slot instanceof Slot.Positional p) {
                render(p.param(), next < positionalValues.size() ? positionalValues.get(next) : null, argv);
                next++;
            } else if (slot instanceof Slot.Named n) {
                Object value = namedValues.get(n.param().name());
                render(n.param(), value, argv);
                reads |= n.param().shape() == Param.Shape.CHOICE && value != null && readChoices.contains(value);
            }
        }
        rules.forEach(rule -> rule.check(namedValues));
        return new GlusterCommand(argv, !reads, xml, live || mutating && reads);
    }

    private static void render(Param param, Object value, List<String> argv) {
        String field = param.name();
        if (value == null) {
            if (param.required()) {
                throw new InvalidInputException(field, "is required");
            }
            return;
        }
        switch (param.shape()) {
            case FLAG -> {
                if (!(value instanceof Boolean flag)) {
                    throw new InvalidInputException(field, "is true or false");
                }
                if (flag) {
                    argv.add(param.word());
                }
            }
            case KEYWORD -> {
                argv.add(param.word());
                argv.add(param.check().accept(field, scalar(field, value)));
            }
            case VALUE -> argv.add(param.check().accept(field, scalar(field, value)));
            case VALUES -> {
                if (!(value instanceof List<?> list) || list.isEmpty() || param.maxItems() > 0
                        && list.size() > param.maxItems()) {
                    throw new InvalidInputException(field, "is an array of 1 to " + bound(param) + " strings");
                }
                if (param.distinct() && list.stream().distinct().count() != list.size()) {
                    throw new InvalidInputException(field, "names each item once");
                }
                for (int i = 0; i < list.size(); i++) {
                    String item = field + "[" + i + "]";
                    if (!(list.get(i) instanceof String text)) {
                        throw new InvalidInputException(item, "is a string");
                    }
                    argv.add(param.check().accept(item, text));
                }
            }
            case PAIRS -> {
                if (!(value instanceof Map<?, ?> map) || map.isEmpty() || param.maxItems() > 0
                        && map.size() > param.maxItems()) {
                    throw new InvalidInputException(field, "is an object of 1 to " + bound(param) + " strings");
                }
                map.forEach((k, v) -> {
                    if (!(v instanceof String text)) {
                        throw new InvalidInputException(field + "." + k, "is a string");
                    }
                    argv.add(param.check().accept(field, String.valueOf(k)));
                    argv.add(param.pairValueCheck().accept(field + "." + k, text));
                });
            }
            case ANSWER -> AnswerParams.check(param, field, value);
            case CHOICE -> {
                List<String> words = value instanceof String text ? param.choices().get(text) : null;
                if (words == null) {
                    throw new InvalidInputException(field, "is one of " + new TreeSet<>(param.choices().keySet()));
                }
                argv.addAll(words);
            }
        }
    }

    private static String bound(Param param) {
        return param.maxItems() > 0 ? String.valueOf(param.maxItems()) : "any number of";
    }

    private static List<Slot> concat(Slot[] words, Slot[] rest) {
        List<Slot> slots = new ArrayList<>(List.of(words));
        slots.addAll(List.of(rest));
        return List.copyOf(slots);
    }

    private static String scalar(String field, Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).toBigIntegerExact().toString();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new InvalidInputException(field, "is a whole number");
            }
        }
        throw new InvalidInputException(field, "is a string or a number");
    }
}
