package org.gluster.restapi.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The 3-node test pool of server-config/test-pool.sh, and a client in its own namespace. */
final class Pool {

    static final String SCRIPT = "server-config/test-pool.sh";

    private Pool() {
    }

    record Run(int exitCode, String out) {
    }

    /**
     * The gateways' jobs heartbeat is written every 2 s and a node is shown unreachable after 10 s without one
     * (30 s by default), so a test of a gateway that is down does not wait half a minute; every gateway of
     * the pool is started with them, as a pool must agree on them.
     */
    static final Map<String, String> GATEWAY_SETTINGS = Map.of("GLUSTERREST_JOBS_HEARTBEAT_SECONDS", "2",
            "GLUSTERREST_JOBS_STALE_SECONDS", "10");

    /** An answer: its status, body and headers (names in lower case). */
    record Answer(int status, String body, Map<String, String> headers) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonObject object() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonArray array() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }
    }

    static Run script(String... args) {
        return script(Map.of(), args);
    }

    /** The script with {@code env} added to its environment (N=2: a 2-node pool). */
    static Run script(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(GATEWAY_SETTINGS);
            builder.environment().putAll(env);
            Process p = builder.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(SCRIPT + " " + args[0] + " did not finish");
            }
            return new Run(p.exitValue(), out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Run tool(int node, String... args) {
        List<String> command = new ArrayList<>(List.of("tool", String.valueOf(node)));
        command.addAll(List.of(args));
        return script(command.toArray(String[]::new));
    }

    static String address(int node) {
        return "10.77.0." + node;
    }

    /** One HTTP request from the clients' namespace to {@code host} (a node's address or name). */
    static Answer request(String host, String method, String path, Map<String, String> headers, String body) {
        List<String> command = new ArrayList<>(List.of("client", "curl", "-s", "--max-time", "20", "-D", "-",
                "-w", "\n%{http_code}", "-X", method));
        headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        if (body != null) {
            command.addAll(List.of("-H", "Content-Type: application/json", "--data-binary", body));
        }
        command.add("http://" + host + ":7443" + path);
        Run run = script(command.toArray(String[]::new));
        int cut = run.out().lastIndexOf('\n');
        int status = Integer.parseInt(run.out().substring(cut + 1).strip());
        String answer = cut < 0 ? "" : run.out().substring(0, cut);
        int end = answer.indexOf("\r\n\r\n");
        Map<String, String> received = new HashMap<>();
        for (String line : (end < 0 ? "" : answer.substring(0, end)).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                received.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return new Answer(status, end < 0 ? answer : answer.substring(end + 4), received);
    }

    static Answer get(int node, String path, Map<String, String> headers) {
        return request(address(node), "GET", path, headers, null);
    }

    static Answer post(int node, String path, Map<String, String> headers, String body) {
        return request(address(node), "POST", path, headers, body);
    }
}
