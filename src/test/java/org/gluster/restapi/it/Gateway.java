package org.gluster.restapi.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A plain HTTP client for the deployed gateway, as an application would call it. */
public final class Gateway {

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> headers;

    /** Arquillian hands out the host name Payara logs; the tests always talk to loopback. */
    public Gateway(URL deployed) {
        this(URI.create("http://localhost:" + deployed.getPort()
                        + (deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/")),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build(), Map.of());
    }

    public Gateway(URI base, HttpClient http, Map<String, String> headers) {
        this.base = base;
        this.http = http;
        this.headers = Map.copyOf(headers);
    }

    /** The same gateway, sending {@code name: value} with every request. */
    public Gateway withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Gateway(base, http, more);
    }

    public Answer auth(String username, String password) {
        return send(request("/rest/v1/auth").header("X-Auth-Username", username)
                .header("X-Auth-Password", password).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Answer send(String method, String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(180));
        headers.forEach(request::header);
        return request;
    }

    /**
     * A POST written byte for byte on a socket, with this gateway's headers and {@code header} as its
     * last header line (raw bytes: no client library normalises them); the whole answer, read as ISO-8859-1.
     */
    public String rawPost(String path, byte[] header, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST " + base.resolve(path.substring(1)).getRawPath() + " HTTP/1.1\r\n"
                + "Host: localhost:" + base.getPort() + "\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        try (Socket socket = new Socket("localhost", base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(header);
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Opens a Server-Sent Events stream of {@code path}; the answer's status is known once it returns. */
    public EventStreamClient stream(String path, String lastEventId) {
        HttpRequest.Builder request = request(path).timeout(Duration.ofMinutes(10)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return EventStreamClient.open(http, request.GET().build());
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            return new Answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the gateway did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return response.request().method() + " " + response.uri().getPath() + " -> " + status() + " " + body();
        }
    }
}
