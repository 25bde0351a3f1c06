package org.gluster.restapi.validation;

/**
 * Free text that a client names itself with and the gateway stores and shows (a plugin's name, key,
 * version and description): bounded in length and made of printable characters only, so it can go
 * into a state file, the audit log and a terminal without control, format or unpaired surrogate
 * characters. Each check returns the value it accepted.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** {@code text} of 1 to {@code max} printable ASCII characters, no leading or trailing space. */
    public static String ascii(String field, String text, int max) {
        require(field, text, 1, max);
        boolean ascii = text.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
        if (!ascii || !text.strip().equals(text)) {
            throw new InvalidInputException(field, "has 1 to " + max + " printable ASCII characters,"
                    + " without space at either end");
        }
        return text;
    }

    /** {@code text} of 0 to {@code max} printable characters of any script (code points, not UTF-16 units). */
    public static String any(String field, String text, int max) {
        require(field, text, 0, max);
        if (!text.codePoints().allMatch(PrintableText::printable)) {
            throw new InvalidInputException(field, "has printable characters only");
        }
        return text;
    }

    private static void require(String field, String text, int min, int max) {
        if (text == null) {
            throw new InvalidInputException(field, "is required");
        }
        int length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            throw new InvalidInputException(field, "has " + min + " to " + max + " characters");
        }
    }

    private static boolean printable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                    Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
