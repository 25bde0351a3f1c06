package org.gluster.restapi.validation;

/**
 * How deep a JSON text nests, counted over its bytes (strings and their escapes skipped) without
 * parsing it, so that it holds for truncated and malformed bodies too. The JSON libraries below the
 * gateway have no bound a request cannot reach: Parsson stops at depth 1000 with a bare
 * RuntimeException and Yasson's maps recurse until a StackOverflowError, both a 500. No request of
 * either surface nests deeper than an object of lists of objects.
 */
public final class JsonNesting {

    public static final int MAX_DEPTH = 32;

    private JsonNesting() {
    }

    /** Refuses {@code body} when its arrays and objects nest deeper than {@code max}. */
    public static void atMost(byte[] body, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > max) {
                    throw new InvalidInputException("body", "is nested deeper than " + max + " levels");
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
    }
}
