package org.gluster.restapi.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated hostile input at both surfaces of the gateway that FaultsIT deployed (its address
 * and an Administrator's session token come as the system properties it sets). Not a test on its
 * own (its name matches neither surefire's nor failsafe's patterns): HostileInput (run by FaultsIT) launches it on
 * the JUnit platform's jqwik engine, with the number of tries of the run.
 *
 * <p>Every request names a volume that GlusterFS would refuse (the name is what is generated, the
 * rest is hostile too), so nothing may reach the CLI and every answer is a 4xx problem; the header
 * and URL properties may also be answered 2xx by a command that takes them, but never 5xx, and a
 * refusal never runs the CLI.
 */
class HostileInputProperties {

    /** Every request the properties sent, in this JVM (the properties' instances are jqwik's). */
    static final java.util.concurrent.atomic.AtomicLong SENT = new java.util.concurrent.atomic.AtomicLong();
    static final String BASE = "glusterrest.hostile.base";
    static final String TOKEN = "glusterrest.hostile.token";
    static final Duration BOUND = Duration.ofSeconds(10);
    private static final Pattern VALID_VOLUME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,255}");
    static final List<String> VOLUME_COMMANDS = List.of("volume-info", "volume-status", "volume-start", "volume-stop",
            "volume-delete", "volume-set", "volume-get", "volume-reset", "volume-heal", "volume-quota",
            "volume-profile", "volume-top", "volume-bitrot", "volume-rebalance", "volume-add-brick",
            "volume-remove-brick", "volume-replace-brick", "volume-create", "snapshot-create", "snapshot-list");
    static final List<String> V1_VOLUME_PATHS = List.of("GET /v1/volumes/%s", "DELETE /v1/volumes/%s",
            "POST /v1/volumes/%s/start", "POST /v1/volumes/%s/stop", "POST /v1/volumes/%s/restart",
            "GET /v1/volumes/%s/status", "GET /v1/volumes/%s/options", "POST /v1/volumes/%s/options",
            "GET /v1/volumes/%s/bricks", "POST /v1/volumes/%s/bricks", "POST /v1/volumes/%s/bricks/remove",
            "POST /v1/volumes/%s/bricks/replace", "POST /v1/volumes/%s/heal", "GET /v1/volumes/%s/heal",
            "POST /v1/volumes/%s/quota", "GET /v1/volumes/%s/quota", "POST /v1/volumes/%s/profile",
            "POST /v1/volumes/%s/rebalance", "POST /v1/volumes/%s/snapshots", "GET /v1/volumes/%s/snapshots");
    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=UTF-8",
            "application/json; charset=ISO-8859-1", "application/json; charset=UTF-16", "application/json;charset=bogus",
            "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml",
            "application/json, application/json", "*/*", "application/", ";", "APPLICATION/JSON",
            "application/merge-patch+json", "application/problem+json");

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(BOUND).build();
    final String base = System.getProperty(BASE);
    final String token = System.getProperty(TOKEN);
    final Gateway gateway = new Gateway(URI.create(base), http, java.util.Map.of("X-Auth-Token", token));

    /** A request with what it was made of, for the report of a shrunk failure. */
    record Hostile(String method, String path, List<String[]> headers, byte[] body) {
        @Override
        public String toString() {
            return method + " " + path + " " + headers.stream().map(h -> h[0] + ": " + abbreviate(h[1])).toList()
                    + " body " + abbreviate(new String(body, StandardCharsets.ISO_8859_1));
        }
    }

    @Property
    void aCommandTargetNamingAnInvalidVolumeIsRefusedWithoutTheCli(@ForAll("volumeCommands") String command,
            @ForAll("invalidVolumeSegments") String volume, @ForAll("positionalTails") String tail,
            @ForAll("bodies") byte[] body, @ForAll("contentTypes") String contentType) {
        refusedWithoutCli(new Hostile("POST", "/rest/v1/" + command + "/" + encode(volume) + tail,
                List.<String[]>of(new String[]{"Content-Type", contentType}), body));
    }

    @Property
    void aV1RequestNamingAnInvalidVolumeIsRefusedWithoutTheCli(@ForAll("v1VolumePaths") String methodAndPath,
            @ForAll("invalidVolumeSegments") String volume, @ForAll("bodies") byte[] body,
            @ForAll("contentTypes") String contentType) {
        String[] split = methodAndPath.split(" ", 2);
        refusedWithoutCli(new Hostile(split[0], split[1].formatted(encode(volume)),
                List.<String[]>of(new String[]{"Content-Type", contentType}), split[0].equals("GET") ? new byte[0] : body));
    }

    @Property
    void aVolumeCreatedWithAnInvalidNameIsRefusedWithoutTheCli(@ForAll("invalidVolumeNames") String volume,
            @ForAll("jsonValues") String bricks, @ForAll("jsonValues") String replica, @ForAll("jsonValues") String options,
            @ForAll boolean throughRest) {
        String name = jsonString(volume);
        String body = throughRest ? "{\"bricks\": " + bricks + ", \"replica\": " + replica + ", \"options\": " + options + "}"
                : "{\"name\": " + name + ", \"bricks\": " + bricks + ", \"replica\": " + replica
                        + ", \"options\": " + options + ", \"name\": " + name + "}";
        refusedWithoutCli(new Hostile("POST", throughRest ? "/rest/v1/volume-create/" + encode(volume) : "/v1/volumes",
                List.<String[]>of(new String[]{"Content-Type", "application/json"}), body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Headers and bodies on the gateway's own commands (no CLI at all) and on reads. */
    @Property
    void hostileHeadersAndBodiesNeverMakeA5xx(@ForAll("ownOrReadCommands") String path, @ForAll("bodies") byte[] body,
            @ForAll("contentTypes") String contentType, @ForAll("authHeaders") List<String[]> auth) {
        List<String[]> headers = new java.util.ArrayList<>(auth);
        headers.add(new String[]{"Content-Type", contentType});
        neverA5xx(new Hostile("POST", path, headers, body), path.contains("/volume-"));
    }

    @Property
    void hostileUrlEncodingsNeverMakeA5xx(@ForAll("urlPrefixes") String prefix, @ForAll("urlTricks") String trick) {
        neverA5xx(new Hostile(prefix.startsWith("/v1") ? "GET" : "POST", prefix + trick, List.of(), new byte[0]),
                true);
    }

    // ---- the checks

    private void refusedWithoutCli(Hostile request) {
        long before = Metrics.cliRuns(gateway);
        HttpResponse<String> answer = send(request);
        int status = answer.statusCode();
        check(status >= 400 && status < 500, request, answer, "is refused with a 4xx");
        problem(request, answer);
        check(Metrics.cliRuns(gateway) == before, request, answer, "ran no CLI");
    }

    private void neverA5xx(Hostile request, boolean mayRunCli) {
        long before = Metrics.cliRuns(gateway);
        HttpResponse<String> answer = send(request);
        int status = answer.statusCode();
        check(status < 500, request, answer, "is not a 5xx");
        if (status >= 400) {
            problem(request, answer);
            // a valid name of no volume is not a refusal: glusterd says it does not exist (404), or is busy (409)
            check(status == 404 || status == 409 || Metrics.cliRuns(gateway) == before, request, answer,
                    "ran no CLI for a refusal");
        } else if (!mayRunCli) {
            check(Metrics.cliRuns(gateway) == before, request, answer, "ran no CLI for an own command");
        }
    }

    private void problem(Hostile request, HttpResponse<String> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        check(type.startsWith("application/problem+json"), request, answer, "is application/problem+json");
        var json = Json.object(answer.body());
        check(json != null && json.getInt("status", -1) == answer.statusCode()
                && !json.getString("detail", json.getString("title", "")).isBlank(), request, answer,
                "is a problem naming its status and what was wrong");
    }

    private HttpResponse<String> send(Hostile request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + request.path()))
                .timeout(BOUND).method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        boolean auth = request.headers().stream().anyMatch(h -> h[0].equals("X-Auth-Token") || h[0].equals("Authorization"));
        if (!auth) {
            builder.header("X-Auth-Token", token);
        }
        request.headers().forEach(h -> builder.header(h[0], h[1]));
        long start = System.nanoTime();
        SENT.incrementAndGet();
        try {
            HttpResponse<String> answer = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            check(took.compareTo(BOUND) < 0, request, answer, "answered within " + BOUND);
            return answer;
        } catch (java.net.http.HttpTimeoutException e) {
            throw new AssertionError(request + " was not answered within " + BOUND, e);
        } catch (java.io.IOException e) {
            throw new AssertionError(request + " was not answered: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(boolean holds, Hostile request, HttpResponse<String> answer, String what) {
        if (!holds) {
            throw new AssertionError(request + " -> " + answer.statusCode() + " "
                    + answer.headers().firstValue("Content-Type").orElse("") + " " + abbreviate(answer.body())
                    + ": expected that it " + what);
        }
    }

    // ---- the generators

    @Provide
    Arbitrary<String> volumeCommands() {
        return Arbitraries.of(VOLUME_COMMANDS);
    }

    @Provide
    Arbitrary<String> v1VolumePaths() {
        return Arbitraries.of(V1_VOLUME_PATHS);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(CONTENT_TYPES);
    }

    @Provide
    Arbitrary<String> ownOrReadCommands() {
        return Arbitraries.of("/rest/v1/lsuser", "/rest/lsuser", "/rest/v1/lscurrentuser", "/rest/v1/lsusergrp",
                "/rest/v1/lssecurity", "/rest/v1/lsplugin", "/rest/v1/registerplugin", "/rest/v1/volume-list",
                "/rest/v1/nosuchcommand", "/rest/v1/chsecurity", "/rest/v1/mkuser");
    }

    /** Names GlusterFS refuses: any text but the valid ones, and the classic tricks. */
    @Provide
    Arbitrary<String> invalidVolumeNames() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(24),
                Arbitraries.strings().withChars("-./\\;$`|&<>\"' \t\n\r\u0000%*?~{}[]:@=+,").ofMaxLength(12),
                Arbitraries.of("", "-", "--force", "-gv0", "..", ".", "/", "gv0/../gv0", "gv0;id", "$(id)", "`id`",
                        "gv0\u0000", "\u202egv0", "gv0 force", "ｇｖ０", "gv0\r\nX-Injected: 1", "🚀", "gv0\u00ad",
                        "gv0%00", "gv0/", "/etc/passwd", "gv0.", "gv0:/b", "\uFEFFgv0"),
                Arbitraries.strings().alpha().ofLength(257),
                Arbitraries.strings().ascii().ofMinLength(300).ofMaxLength(3000))
                .filter(name -> !VALID_VOLUME.matcher(name).matches());
    }

    /** An invalid name as a path segment: not empty (that would name no volume, a valid request for all). */
    @Provide
    Arbitrary<String> invalidVolumeSegments() {
        return invalidVolumeNames().filter(name -> !name.isEmpty());
    }

    @Provide
    Arbitrary<String> positionalTails() {
        return Arbitraries.oneOf(Arbitraries.just(""), invalidVolumeNames().map(s -> "/" + encode(s)),
                Arbitraries.of("/performance.cache-size", "/%2F", "/%2e%2e", "//", "/%00", "/-force", "/force"));
    }

    /** JSON texts, most of them valid JSON of a hostile shape, some not JSON at all. */
    @Provide
    Arbitrary<String> jsonValues() {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "1e309", "-1e309", "9223372036854775808",
                        "-9223372036854775809", "1E+999999999", "0.0000000000000000000000001", "2147483648", "NaN",
                        "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"-force\"", "\"host:/brick\"", "\"a\\nb\""),
                Arbitraries.strings().all().ofMaxLength(30).map(HostileInputProperties::jsonString),
                Arbitraries.strings().ascii().ofMinLength(1000).ofMaxLength(5000).map(HostileInputProperties::jsonString),
                Arbitraries.integers().between(1, 2_000).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
                Arbitraries.integers().between(1, 2_000).map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
        return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]"),
                Combinators.combine(Arbitraries.of("name", "bricks", "replica", "options", "force", "action", "a",
                                "", "\u0000", "name"), inner).as((k, v) -> jsonString(k) + ":" + v)
                        .list().ofMaxSize(4).map(members -> "{" + String.join(",", members) + "}")), 0, 3);
    }

    /** Bodies: empty, JSON of any shape, truncated JSON, duplicate keys, not UTF-8, binary. */
    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.just(new byte[0]),
                jsonValues().map(json -> json.getBytes(StandardCharsets.UTF_8)),
                Combinators.combine(jsonValues(), Arbitraries.integers().between(0, 100)).as((json, percent) ->
                        json.substring(0, json.length() * percent / 100).getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("{\"force\": true, \"force\": \"yes\"}", "{\"a\":1}{\"b\":2}", "null null", "{", "\"",
                        "{\"force\": tru", "\uFEFF{}", "{}\u0000", "{\"x\": 1,}", "[,]", "{'force': true}")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{'{', '"', (byte) 0xFF, '"', ':', '1', '}'},
                        new byte[]{(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'}, new byte[]{'{', '"', 'a', '"', ':', '"',
                                (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'}),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.integers().between(64 * 1024 - 8, 80 * 1024).map(n -> ("\"" + "x".repeat(n) + "\"")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<List<String[]>> authHeaders() {
        return Arbitraries.oneOf(
                Arbitraries.just(List.<String[]>of()),
                Arbitraries.just(List.<String[]>of(new String[]{"X-Auth-Token", token}, new String[]{"X-Auth-Token", token})),
                Arbitraries.just(List.<String[]>of(new String[]{"X-Auth-Token", token}, new String[]{"Authorization", "Bearer " + token})),
                Arbitraries.just(List.<String[]>of(new String[]{"Authorization", "Bearer " + token},
                        new String[]{"Authorization", "Bearer " + token})),
                Arbitraries.just(List.<String[]>of(new String[]{"Authorization", "Basic YWRtaW46YWRtaW4="})),
                Arbitraries.just(List.<String[]>of(new String[]{"Authorization", "Bearer"})),
                Arbitraries.just(List.<String[]>of(new String[]{"Authorization", "bearer " + token})),
                Arbitraries.integers().between(1, 7000).map(n -> List.<String[]>of(new String[]{"X-Auth-Token", "a".repeat(n)})),
                Arbitraries.just(List.<String[]>of(new String[]{"X-Auth-Token", token + "." + "A".repeat(6000)})),
                Arbitraries.strings().ascii().ofMaxLength(60).filter(s -> s.chars().allMatch(c -> c >= 0x20 && c < 0x7f))
                        .map(s -> List.<String[]>of(new String[]{"X-Auth-Token", s})));
    }

    @Provide
    Arbitrary<String> urlPrefixes() {
        return Arbitraries.of("/rest/v1/volume-info/", "/rest/v1/volume-status/", "/rest/v1/lsuser/", "/v1/volumes/",
                "/rest/v1/", "/rest/", "/v1/volumes/gv-none/", "/rest/v1/volume-get/gv-none/");
    }

    @Provide
    Arbitrary<String> urlTricks() {
        Arbitrary<String> piece = Arbitraries.of("%2F", "%2f", "..", "%2e%2e", "%2E%2E/", "%00", "%C0%AF", "%E0%80%AF",
                "%C0%AE%C0%AE", "%ED%A0%80", "%FF", "%252F", "%25", ".", "%20", "+", ";", ";jsessionid=x", "%3B",
                "%5C", "..%2F", "%2e", "a", "gv0", "%0D%0AX-Injected:%201", "%u002F", "%%", "%2", "~", "%7E");
        // one raw ".." at most: each prefix has two segments, so the path stays inside the gateway's context
        return piece.list().ofMinSize(1).ofMaxSize(5)
                .filter(parts -> parts.stream().filter(p -> p.equals("..") || p.equals("..%2F")).count() <= 1)
                .map(parts -> String.join("", parts))
                .filter(s -> {
                    try {
                        URI.create("http://h/" + s);
                        return true;
                    } catch (IllegalArgumentException e) {
                        return false;
                    }
                });
    }

    // ---- helpers

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c == '"' || c == '\\' || c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }

    private static final class Json {
        static jakarta.json.JsonObject object(String text) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
