package org.gluster.restapi.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Grizzly's normalization of the decoded path ({@code HttpRequestURIDecoder.normalizeBytes}, then
 * {@code checkNormalize}), step for step, because its result is not the resolution of dot segments: a segment
 * of three or more dots is kept as {@code ..} (its further dots dropped), so it goes up a level when a slash
 * follows ({@code /v1/volumes/..../../..} leads above the root) and is refused at the end
 * ({@code /v1/volumes/...}); {@code /v1/volumes/...a} is served as {@code /v1/volumes/..a}.
 */
record NormalizedPath(byte[] path, int length, boolean aboveRoot) {

    private enum State { CHAR, SLASH, DOT, DOTDOT }

    static NormalizedPath of(byte[] decoded) {
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
                            return new NormalizedPath(out, length, true);
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
        return new NormalizedPath(out, length, false);
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
