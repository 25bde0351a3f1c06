package org.gluster.restapi.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the gateway's own metrics from /metrics, as a Prometheus scraper would. */
final class Metrics {

    /** Prometheus' own text-format parser (Debian's python3-prometheus-client): one JSON line per sample. */
    private static final String PARSER = """
            import json, sys
            from prometheus_client.parser import text_string_to_metric_families
            for family in text_string_to_metric_families(sys.stdin.read()):
                for s in family.samples:
                    print(json.dumps([family.name, family.type, s.name, s.labels, repr(float(s.value))]))
            """;

    private Metrics() {
    }

    /** One sample as the Prometheus client library read it, with the family it belongs to. */
    record Sample(String family, String type, String name, Map<String, String> labels, double value) {
    }

    /** The whole /metrics text read by Prometheus' parser; fails when it does not parse. */
    static List<Sample> parsed(Gateway gateway) throws IOException, InterruptedException {
        var answer = gateway.get("/metrics");
        if (answer.status() != 200) {
            throw new AssertionError("/metrics answered " + answer);
        }
        Path out = Files.createTempFile(Path.of("target"), "metrics-parsed", ".txt");
        Process parser = new ProcessBuilder("/usr/bin/python3", "-c", PARSER)
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            try (OutputStream in = parser.getOutputStream()) {
                in.write(answer.body().getBytes(StandardCharsets.UTF_8));
            }
            if (!parser.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the Prometheus parser did not finish within 60 s");
            }
            String lines = Files.readString(out);
            if (parser.exitValue() != 0) {
                throw new AssertionError("Prometheus' parser refused /metrics: " + lines + "\n" + answer.body());
            }
            return lines.lines().map(Metrics::sample).toList();
        } finally {
            parser.destroyForcibly();
            Files.deleteIfExists(out);
        }
    }

    private static Sample sample(String line) {
        JsonArray a = Json.createReader(new StringReader(line)).readArray();
        Map<String, String> labels = a.getJsonObject(3).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> a.getJsonObject(3).getString(e.getKey())));
        return new Sample(a.getString(0), a.getString(1), a.getString(2), labels, number(a.getString(4)));
    }

    private static double number(String python) {
        return switch (python) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(python);
        };
    }

    static long cliRuns(Gateway gateway) {
        return (long) value(gateway, "glusterrest_cli_runs");
    }

    /** A counter with the given tag (name="value"), 0 while it was never counted. */
    static double counter(Gateway gateway, String name, String tag) {
        var answer = gateway.get("/metrics?scope=application");
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(tag) + "[^}]*\\}\\s+([0-9.eE+-]+)$")
                .matcher(answer.body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static double value(Gateway gateway, String name) {
        var answer = gateway.get("/metrics?scope=application");
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})?\\s+([0-9.eE+-]+)$").matcher(answer.body());
        if (!m.find()) {
            throw new AssertionError("no metric " + name + " in " + answer.body());
        }
        return Double.parseDouble(m.group(1));
    }
}
