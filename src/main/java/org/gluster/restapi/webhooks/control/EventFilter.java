package org.gluster.restapi.webhooks.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gluster.restapi.validation.InvalidInputException;

/** Event names or prefixes ({@code VOLUME_*}); none matches every event. */
final class EventFilter {

    static final int MAX = 64;
    private static final Pattern PATTERN = Pattern.compile("\\*|[A-Z][A-Z0-9_]{0,63}\\*?");

    private EventFilter() {
    }

    /** The patterns in upper case, checked; an empty list for null. */
    static List<String> checked(List<String> patterns) {
        if (patterns == null) {
            return List.of();
        }
        if (patterns.size() > MAX) {
            throw new InvalidInputException("events", "at most " + MAX + " names or prefixes, not " + patterns.size());
        }
        List<String> checked = new ArrayList<>();
        for (String pattern : patterns) {
            String upper = pattern == null ? "" : pattern.strip().toUpperCase(Locale.ROOT);
            if (!PATTERN.matcher(upper).matches()) {
                throw new InvalidInputException("events", "'" + (pattern == null ? "null" : pattern.length() > 70
                        ? pattern.substring(0, 70) + "…" : pattern) + "' is not an event name or a prefix "
                        + "ending in * (VOLUME_*, BRICK_DISCONNECTED)");
            }
            if (!checked.contains(upper)) {
                checked.add(upper);
            }
        }
        return List.copyOf(checked);
    }
}
