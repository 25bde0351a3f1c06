package org.gluster.restapi.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The request paths that the servlet container refuses before any of the gateway's code runs (Payara's
 * CoyoteAdapter normalizes the decoded path and answers such a request 400 with an empty body), with the
 * reason in words, so that {@link PathGuard} can send them to {@link RefusedRequests} instead.
 */
final class UnservedPaths {

    private UnservedPaths() {
    }

    /** Why the container would refuse {@code rawUri} (the request target as sent, query included); empty when it would not. */
    static Optional<String> refusal(String rawUri) {
        if (rawUri == null || rawUri.isEmpty() || rawUri.equals("*")) {
            return Optional.empty();
        }
        int query = rawUri.indexOf('?');
        String raw = query < 0 ? rawUri : rawUri.substring(0, query);
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
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(path));
        } catch (CharacterCodingException e) {
            return Optional.of("the path is not UTF-8 once its %-escapes are decoded (an overlong or cut sequence,"
                    + " a surrogate, or a byte such as %FF)");
        }
        return Normalized.of(path).refusal();
    }

    /**
     * Grizzly's normalization of the decoded path ({@code HttpRequestURIDecoder.normalizeBytes}, then
     * {@code checkNormalize}), step for step, because its result is not the resolution of dot segments: a segment
     * of three or more dots is kept as {@code ..} (its further dots dropped), so it goes up a level when a slash
     * follows ({@code /v1/volumes/..../../..} leads above the root) and is refused at the end
     * ({@code /v1/volumes/...}); {@code /v1/volumes/...a} is served as {@code /v1/volumes/..a}.
     */
    private record Normalized(byte[] path, int length, boolean aboveRoot) {

        private enum State { CHAR, SLASH, DOT, DOTDOT }

        static Normalized of(byte[] decoded) {
            int end = decoded.length;
            byte[] in = Arrays.copyOf(decoded, end + 1);
            if (end > 2 && in[end - 1] == '.' && (in[end - 2] == '/' || in[end - 2] == '.' && in[end - 3] == '/')) {
                in[end++] = '/';
            }
            byte[] out = new byte[end];
            int length = 0;
            int last = -1;
            int parent = -1;
            State state = State.CHAR;
            for (int i = 0; i < end; i++) {
                byte b = in[i];
                if (b == '/') {
                    switch (state) {
                        case CHAR -> {
                            parent = last;
                            last = length;
                            out[length++] = b;
                            state = State.SLASH;
                        }
                        case SLASH -> { }
                        case DOT -> length--;
                        case DOTDOT -> {
                            if (parent < 0) {
                                return new Normalized(out, length, true);
                            }
                            last = parent;
                            length = parent;
                            parent = lastSlashBefore(out, last);
                            out[length++] = b;
                            state = State.SLASH;
                        }
                    }
                } else if (b == '.') {
                    if (state != State.DOTDOT) {
                        out[length++] = b;
                    }
                    state = switch (state) {
                        case CHAR -> State.CHAR;
                        case SLASH -> State.DOT;
                        case DOT, DOTDOT -> State.DOTDOT;
                    };
                } else {
                    out[length++] = b;
                    state = State.CHAR;
                }
            }
            return new Normalized(out, length, false);
        }

        private static int lastSlashBefore(byte[] out, int index) {
            for (int i = index - 1; i >= 0; i--) {
                if (out[i] == '/') {
                    return i;
                }
            }
            return -1;
        }

        Optional<String> refusal() {
            if (aboveRoot) {
                return Optional.of("the path leads above the root with .. (the container counts a segment of three"
                        + " or more dots as ..)");
            }
            String normalized = new String(path, 0, length, StandardCharsets.ISO_8859_1);
            if (normalized.endsWith("/..") || normalized.endsWith("/.")) {
                return Optional.of("the path ends in a segment of dots that the container does not resolve (three or"
                        + " more dots, or /. at the root)");
            }
            return normalized.contains("/./") || normalized.contains("//")
                    ? Optional.of("the path does not resolve to a normal path (the container's normalizer leaves"
                            + " /./ or // in it)") : Optional.empty();
        }
    }
}
