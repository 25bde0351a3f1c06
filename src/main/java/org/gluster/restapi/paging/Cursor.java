package org.gluster.restapi.paging;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import org.gluster.restapi.validation.InvalidInputException;

/** The opaque {@code cursor}: base64url (no padding) of {@code "1:" + the last key of a page}. */
public final class Cursor {

    private static final String VERSION = "1:";
    private static final int MAX_LENGTH = 1024;

    private Cursor() {
    }

    public static String after(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key a cursor continues after; 400 naming {@code cursor} when it is not one this gateway gave. */
    public static String key(String cursor) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String text;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid();
        }
        if (!text.startsWith(VERSION) || text.length() == VERSION.length()) {
            throw invalid();
        }
        return text.substring(VERSION.length());
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "is not a cursor of this list; take the one in the Link of the "
                + "previous page, or leave it out to start");
    }
}
