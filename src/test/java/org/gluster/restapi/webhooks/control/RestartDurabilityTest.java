package org.gluster.restapi.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.time.TestClock;
import org.gluster.restapi.webhooks.entity.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receiver down across a gateway restart still gets the event: two deliverers, one after the
 * other, on one state directory, posting over real HTTP with the JDK client to a real local server.
 */
class RestartDurabilityTest {

    @TempDir
    Path dir;

    final TestClock clock = new TestClock(Instant.parse("2026-12-01T00:00:00Z"));
    final List<Event> log = List.of(new Event(1, clock.instant(), "node-1", "VOLUME_STOP", null),
            new Event(2, clock.instant(), "node-1", "VOLUME_START", null));
    final List<String> received = new CopyOnWriteArrayList<>();
    final ExecutorService http = Executors.newCachedThreadPool();
    HttpServer receiver;

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
        http.shutdownNow();
    }

    Dispatcher gateway() {
        StateFiles files = StateLocation.fixed(dir, Runnable::run).get();
        return new Dispatcher(new WebhookStore(() -> files), (after, limit) -> log.stream().filter(e -> e.id() > after)
                .limit(limit).toList(), new HttpSender(http), new UrlPolicy(true, InetAddress::getAllByName),
                DispatcherTest.RETRY, clock, new Random(5), e -> { }, "node-1", Runnable::run, () -> true, () -> { });
    }

    @Test
    void anEventThatFoundTheReceiverDownIsDeliveredByTheNextGatewayOnceItIsUp() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        StateFiles files = StateLocation.fixed(dir, Runnable::run).get();
        new WebhookStore(() -> files).add(new Endpoint("w", "http://127.0.0.1:" + port + "/hook",
                DispatcherTest.SECRET, List.of(), null, true, false, clock.instant(), null), 0, 50);

        gateway().runDue();
        Cursor afterFirst = new WebhookStore(() -> files).cursor("w");
        assertEquals(0, afterFirst.last());
        assertEquals(Delivery.RETRYING, afterFirst.deliveries().get(0).state());
        assertEquals("connection refused or unreachable", afterFirst.deliveries().get(0).lastError());

        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        receiver.createContext("/hook", exchange -> {
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            byte[] body = exchange.getRequestBody().readAllBytes();
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
            if (Signature.verify(exchange.getRequestHeaders().getFirst("webhook-signature"), id, timestamp, body,
                    DispatcherTest.SECRET)) {
                received.add(id);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        clock.advance(Duration.ofHours(1));
        gateway().runDue();
        assertEquals(List.of("evt_1", "evt_2"), received);
        Cursor done = new WebhookStore(() -> files).cursor("w");
        assertEquals(2, done.last());
        Delivery first = done.deliveries().get(1);
        assertEquals(Delivery.DELIVERED, first.state());
        assertEquals(2, first.attempts());
        assertEquals(204, first.status());
        assertTrue(first.lastAttempt().isAfter(first.firstAttempt()));
    }
}
