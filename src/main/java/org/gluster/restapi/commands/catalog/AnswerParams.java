package org.gluster.restapi.commands.catalog;

import java.util.List;
import java.util.regex.Pattern;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * Storage Virtualize's answer parameters, which the gateway applies to a list command's answer and
 * never passes to the CLI: {@code filtervalue} ({@code attr=value}, one {@code *} in the value) and
 * {@code bytes} (sizes as plain byte counts).
 */
public final class AnswerParams {

    public static final String FILTERVALUE = "filtervalue";
    public static final String BYTES = "bytes";
    private static final Pattern FILTER = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}=[^\\p{Cntrl}]{1,256}");

    public static final Check FILTER_CHECK = (field, value) -> {
        if (!FILTER.matcher(value).matches() || value.indexOf('*') != value.lastIndexOf('*')) {
            throw new InvalidInputException(field, "is attr=value with at most one * in the value (name=gv1*)");
        }
        return value;
    };
    public static final Param FILTER_PARAM = Param.onAnswer(FILTERVALUE, FILTER_CHECK,
            "only the items whose attribute matches: attr=value, one * wildcard, case-insensitive (name=gv1*); "
                    + "applied by the gateway to the answer");
    public static final Param BYTES_PARAM = Param.onAnswer(BYTES, null,
            "sizes as plain byte counts (this answer has no unit-suffixed sizes: accepted for compatibility)");

    private AnswerParams() {
    }

    /**
     * {@code filtervalue} of one of the gateway's own {@code ls} commands, whose rows have known attributes:
     * one that is not among them is refused too.
     */
    public static Param filterOver(List<String> attributes) {
        Check known = (field, value) -> {
            String attr = FILTER_CHECK.accept(field, value).substring(0, value.indexOf('='));
            if (!attributes.contains(attr)) {
                throw new InvalidInputException(field, "filters on one of " + attributes + "; " + attr + " is none");
            }
            return value;
        };
        return Param.onAnswer(FILTERVALUE, known, "only the rows whose attribute matches: attr=value, one * wildcard, "
                + "case-insensitive value; attr is one of " + String.join(", ", attributes));
    }

    /** Checks an answer parameter's value: a string its check accepts, or true or false when it has none. */
    public static void check(Param param, String field, Object value) {
        if (param.check() == null ? !(value instanceof Boolean) : !(value instanceof String text)
                || param.check().accept(field, text) == null) {
            throw new InvalidInputException(field, param.check() == null ? "is true or false" : "is a string");
        }
    }
}
