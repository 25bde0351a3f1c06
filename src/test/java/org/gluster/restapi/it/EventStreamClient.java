package org.gluster.restapi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A test's Server-Sent Events client on the JDK's HttpClient: it reads the stream's lines on a thread
 * of the client and queues each complete event (id, event, data) with the time it arrived.
 */
public final class EventStreamClient implements AutoCloseable {

    public record Received(String id, String event, JsonObject data, long arrivedNanos) {
    }

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> reading;

    private EventStreamClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reading = response.statusCode() == 200 ? CompletableFuture.runAsync(this::read) : null;
    }

    static EventStreamClient open(HttpClient http, HttpRequest request) {
        try {
            return new EventStreamClient(http.send(request, HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The body of an answer that is not a stream (a problem). */
    public String body() {
        return String.join("\n", response.body().toList());
    }

    /** The next event, or null when none arrives within {@code wait}. */
    public Received next(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void read() {
        try (Stream<String> lines = response.body()) {
            parse(lines, events);
        } catch (UncheckedIOException e) {
            // the stream was closed
        }
    }

    /** Queues every complete event of {@code lines}, the text of a stream, until it ends. */
    static void parse(Stream<String> lines, BlockingQueue<Received> events) {
        String id = null;
        String event = null;
        StringBuilder data = new StringBuilder();
        for (String line : (Iterable<String>) lines::iterator) {
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    try (var reader = Json.createReader(new StringReader(data.toString()))) {
                        events.add(new Received(id, event, reader.readObject(), System.nanoTime()));
                    }
                }
                id = null;
                event = null;
                data.setLength(0);
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
    }

    @Override
    public void close() {
        response.body().close();
        if (reading != null) {
            reading.cancel(true);
        }
    }
}
