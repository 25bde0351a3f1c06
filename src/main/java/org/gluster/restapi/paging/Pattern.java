package org.gluster.restapi.paging;

import java.util.Locale;
import org.gluster.restapi.validation.InvalidInputException;

/** A filter value with at most one {@code *} (any run of characters), compared case-insensitively. */
public record Pattern(String prefix, String suffix, boolean wildcard) {

    static final int MAX_LENGTH = 256;

    public static Pattern of(String field, String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "is 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new InvalidInputException(field, "has no control characters");
            }
        }
        int star = text.indexOf('*');
        if (star >= 0 && text.indexOf('*', star + 1) >= 0) {
            throw new InvalidInputException(field, "has at most one * wildcard");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return star < 0 ? new Pattern(lower, "", false)
                : new Pattern(lower.substring(0, star), lower.substring(star + 1), true);
    }

    public boolean matches(String value) {
        if (value == null) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return wildcard ? lower.length() >= prefix.length() + suffix.length() && lower.startsWith(prefix)
                && lower.endsWith(suffix) : lower.equals(prefix);
    }
}
