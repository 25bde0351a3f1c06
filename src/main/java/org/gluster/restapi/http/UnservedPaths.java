package org.gluster.restapi.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The request paths that the servlet container refuses before any of the gateway's code runs (Payara's
 * CoyoteAdapter normalizes the decoded path and answers such a request 400 with an empty body), with the
 * reason in words, so that {@link PathGuard} can send them to {@link RefusedRequests} instead.
 */
final class UnservedPaths {

    private static final String SESSION_ID = ";jsessionid=";

    private UnservedPaths() {
    }

    /**
     * The path as the container normalizes it: without its first {@code ;jsessionid=…}, up to the next {@code ;} or
     * the end (Grizzly takes the session id out of the path as sent, before decoding; other {@code ;} parameters
     * stay), so {@code /v1/volumes/...;jsessionid=x/b} ends in dots and {@code /v1/volumes/...;x} does not.
     */
    private static String withoutSessionId(String raw) {
        int session = sessionIdAt(raw);
        if (session < 0) {
            return raw;
        }
        int next = raw.indexOf(';', session + SESSION_ID.length());
        return raw.substring(0, session) + (next < 0 ? "" : raw.substring(next));
    }

    /**
     * Where Grizzly finds {@code ;jsessionid=} ({@code BufferChunk.indexOf}): after a partial match it goes on with the
     * next character without trying the one that broke the match, so in {@code ;;jsessionid=x} it finds nothing and the
     * session id stays in the path.
     */
    private static int sessionIdAt(String raw) {
        int matched = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == SESSION_ID.charAt(matched)) {
                if (++matched == SESSION_ID.length()) {
                    return i - matched + 1;
                }
            } else {
                matched = 0;
            }
        }
        return -1;
    }

    /** Why the container would refuse {@code rawUri} (the request target as sent, query included); empty when it would not. */
    static Optional<String> refusal(String rawUri) {
        if (rawUri == null || rawUri.isEmpty() || rawUri.equals("*")) {
            return Optional.empty();
        }
        int query = rawUri.indexOf('?');
        String raw = withoutSessionId(query < 0 ? rawUri : rawUri.substring(0, query));
        if (!raw.startsWith("/")) {
            return Optional.empty();
        }
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return Optional.of("the path has a % that is not followed by two hexadecimal digits");
                }
                decoded.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                decoded.write(c);
            }
        }
        byte[] path = decoded.toByteArray();
        for (byte b : path) {
            if (b == 0) {
                return Optional.of("the path has a NUL character (%00)");
            }
            if (b == '\\') {
                return Optional.of("the path has a backslash (\\ or %5C)");
            }
        }
        NormalizedPath normalized = NormalizedPath.of(path);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(normalized.path(), 0, normalized.length()));
        } catch (CharacterCodingException e) {
            return Optional.of("the path is not UTF-8 once its %-escapes are decoded (an overlong or cut sequence,"
                    + " a surrogate, or a byte such as %FF)");
        }
        return normalized.refusal();
    }
}
