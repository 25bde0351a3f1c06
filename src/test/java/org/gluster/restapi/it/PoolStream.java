package org.gluster.restapi.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** An event stream of a pool node, read by curl in the clients' namespace; closing it stops curl. */
final class PoolStream implements AutoCloseable {

    private final Process curl;
    private final BlockingQueue<EventStreamClient.Received> events = new LinkedBlockingQueue<>();

    PoolStream(int node, String path, Map<String, String> headers) {
        List<String> command = new ArrayList<>(List.of("bash", Pool.SCRIPT, "client", "curl", "-sN", "--max-time", "300",
                "-H", "Accept: text/event-stream"));
        headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        command.add("http://" + Pool.address(node) + ":7443" + path);
        try {
            curl = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture.runAsync(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(curl.getInputStream(), StandardCharsets.UTF_8))) {
                EventStreamClient.parse(lines.lines(), events);
            } catch (IOException | UncheckedIOException e) {
                // curl was stopped
            }
        });
    }

    /** The first event that {@code wanted} accepts within {@code wait}, or null; earlier ones are dropped. */
    EventStreamClient.Received await(Predicate<EventStreamClient.Received> wanted, Duration wait)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            EventStreamClient.Received next = events.poll(left, TimeUnit.NANOSECONDS);
            if (next != null && wanted.test(next)) {
                return next;
            }
        }
        return null;
    }

    @Override
    public void close() {
        curl.descendants().forEach(ProcessHandle::destroy);
        curl.destroy();
    }
}
