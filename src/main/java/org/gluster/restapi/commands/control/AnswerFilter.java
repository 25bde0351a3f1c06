package org.gluster.restapi.commands.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.catalog.AnswerParams;
import org.gluster.restapi.paging.Pattern;

/**
 * {@code filtervalue=attr=value} on a command's JSON answer: the outermost arrays keep the items whose
 * {@code attr} member matches (a list of plain strings, such as volume list's names, is matched as
 * {@code name}), whole (a volume keeps all its bricks); a {@code count} beside a filtered array is set to what
 * is left.
 */
final class AnswerFilter {

    private final String attr;
    private final Pattern value;

    private AnswerFilter(String attr, Pattern value) {
        this.attr = attr;
        this.value = value;
    }

    /** {@code filtervalue} is checked already (AnswerParams.FILTER_CHECK). */
    static JsonValue apply(JsonValue answer, String filtervalue) {
        return of(filtervalue).walk(answer);
    }

    /** The rows of one of the gateway's own list commands whose {@code attr} matches ({@code filtervalue} checked already). */
    static Object rows(Object answer, String filtervalue) {
        AnswerFilter filter = of(filtervalue);
        return answer instanceof List<?> rows ? rows.stream().filter(row -> row instanceof Map<?, ?> map
                && map.get(filter.attr) instanceof String text && filter.value.matches(text)).toList() : answer;
    }

    private static AnswerFilter of(String filtervalue) {
        int eq = filtervalue.indexOf('=');
        return new AnswerFilter(filtervalue.substring(0, eq),
                Pattern.of(AnswerParams.FILTERVALUE, filtervalue.substring(eq + 1)));
    }

    private JsonValue walk(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder copy = Json.createObjectBuilder();
            Integer left = null;
            for (var member : object.entrySet()) {
                JsonValue walked = walk(member.getValue());
                if (member.getValue() instanceof JsonArray && walked instanceof JsonArray kept) {
                    left = kept.size();
                }
                copy.add(member.getKey(), walked);
            }
            if (left != null && object.get("count") instanceof JsonString) {
                copy.add("count", String.valueOf(left));
            }
            return copy.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder kept = Json.createArrayBuilder();
            for (JsonValue item : array) {
                if (passes(item)) {
                    kept.add(item);
                }
            }
            return kept.build();
        }
        return value;
    }

    private boolean passes(JsonValue item) {
        if (item instanceof JsonString text) {
            return "name".equalsIgnoreCase(attr) && value.matches(text.getString());
        }
        if (item instanceof JsonObject object) {
            return object.get(attr) instanceof JsonString text && value.matches(text.getString());
        }
        return false;
    }
}
