package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks on the real WAR: a receiver in the test (loopback, http, allowed by the deployment's
 * configuration) checks every signature with its own HMAC code; events come from POST …/test, which
 * puts a GATEWAY_WEBHOOK_TEST event into the pool's log like any other event.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(WebhooksIT.class, """
                glusterrest.webhooks.allow-http-loopback=true
                glusterrest.webhooks.retry-initial=0.2
                """);
    }

    /** One request a receiver got. */
    record Attempt(String path, String webhookId, boolean signed, int answered, Instant at, Instant eventTime) {
    }

    @ArquillianResource
    URL deployed;

    Gateway gateway;
    HttpServer receiver;
    final ExecutorService receiverThreads = Executors.newCachedThreadPool();
    final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    final Map<String, String> secrets = new ConcurrentHashMap<>();
    final Map<String, Integer> seen = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        gateway = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(WebhooksIT.class), "itwebhooks",
                Roles.ADMINISTRATOR);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(receiverThreads);
        receiver.createContext("/", this::receive);
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        receiverThreads.shutdownNow();
    }

    /** /flaky/… answers 500 to the first two attempts of each event, then 200; anything else answers 200. */
    private void receive(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        String secret = secrets.get(path);
        boolean signed = secret != null && id != null && timestamp != null && signature != null
                && verify(secret, id, timestamp, body, signature)
                && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300
                && "application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"));
        int tries = seen.merge(path + " " + id, 1, Integer::sum);
        int status = !signed ? 401 : path.startsWith("/flaky") && tries <= 2 ? 500 : 200;
        JsonObject message = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
        attempts.add(new Attempt(path, id, signed, status, at, Instant.parse(message.getString("timestamp"))));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** The receiver's own check, as the README shows it: HMAC-SHA256 of id.timestamp.body with the decoded secret. */
    private static boolean verify(String secret, String id, String timestamp, byte[] body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(body)))
                    .getBytes(StandardCharsets.US_ASCII);
            for (String candidate : header.split(" ")) {
                if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String receiverUrl(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private JsonObject create(String path, String more) {
        var created = gateway.post("/v1/webhooks", "{\"url\": \"" + receiverUrl(path) + "\"" + more + "}");
        assertEquals(201, created.status(), created::toString);
        JsonObject webhook = created.object();
        assertTrue(created.header("Location").endsWith("/v1/webhooks/" + webhook.getString("id")), created::toString);
        secrets.put(path, webhook.getString("secret"));
        return webhook;
    }

    @Test
    void retriedInOrderAfterTwo500sWithOneAcknowledgementPerEventAndThreeAttemptsRecorded() {
        String id = create("/flaky", "").getString("id");
        int events = 4;
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            var tested = gateway.post("/v1/webhooks/" + id + "/test");
            assertTrue(tested.status() == 200 || tested.status() == 202, tested::toString);
            answers.add(tested.body());
        }
        JsonObject first = Json.createReader(new StringReader(answers.get(0))).readObject();
        if (first.getString("state").equals("retrying")) {
            assertEquals(500, first.getInt("status"), answers.get(0));
            assertEquals("HTTP 500", first.getString("lastError"), answers.get(0));
        } else {
            assertEquals("delivered", first.getString("state"), "its retries may all be over by then: " + answers.get(0));
        }

        await(() -> attempts.stream().filter(a -> a.answered() == 200).count() >= events, Duration.ofSeconds(30));
        List<Attempt> flaky = attempts.stream().filter(a -> a.path().equals("/flaky")).toList();
        assertTrue(flaky.stream().allMatch(Attempt::signed), flaky::toString);
        List<Long> order = flaky.stream().map(a -> Long.parseLong(a.webhookId().substring(4))).toList();
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i) >= order.get(i - 1), "out of order: " + order);
        }
        List<String> acknowledged = flaky.stream().filter(a -> a.answered() == 200).map(Attempt::webhookId).toList();
        assertEquals(events, acknowledged.size(), flaky::toString);
        assertEquals(events, acknowledged.stream().distinct().count(), "a duplicate was acknowledged: " + acknowledged);
        assertEquals(events * 3, flaky.size(), "each event answered 500, 500, then 200: " + order);

        await(() -> gateway.get("/v1/webhooks/" + id + "/deliveries").array().stream()
                .filter(d -> d.asJsonObject().getString("state").equals("delivered")).count() == events,
                Duration.ofSeconds(10));
        var deliveries = gateway.get("/v1/webhooks/" + id + "/deliveries").array();
        assertEquals(events, deliveries.size(), deliveries::toString);
        for (JsonValue value : deliveries) {
            JsonObject delivery = value.asJsonObject();
            assertEquals(3, delivery.getInt("attempts"), delivery::toString);
            assertEquals(200, delivery.getInt("status"), delivery::toString);
            assertEquals("evt_" + delivery.getJsonNumber("eventId").longValue(), delivery.getString("webhookId"));
            assertEquals("GATEWAY_WEBHOOK_TEST", delivery.getString("event"));
            assertTrue(Instant.parse(delivery.getString("lastAttempt"))
                    .isAfter(Instant.parse(delivery.getString("firstAttempt"))), delivery::toString);
        }
        assertTrue(acknowledged.containsAll(deliveries.stream().map(d -> d.asJsonObject().getString("webhookId")).toList()));
    }

    @Test
    void deliveryDelayFromTheLogToTheReceiver() {
        String id = create("/fast", ", \"events\": [\"VOLUME_*\"], \"description\": \"delay\"").getString("id");
        int events = 20;
        List<Long> fromLog = new ArrayList<>();
        List<Long> fromRequest = new ArrayList<>();
        List<String> tests = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            Instant asked = Instant.now();
            var tested = gateway.post("/v1/webhooks/" + id + "/test");
            assertEquals(200, tested.status(), tested::toString);
            assertEquals("delivered", tested.object().getString("state"), tested::toString);
            String webhookId = tested.object().getString("webhookId");
            tests.add(webhookId);
            Attempt got = attempts.stream().filter(a -> a.path().equals("/fast") && a.webhookId().equals(webhookId))
                    .findFirst().orElseThrow();
            assertTrue(got.signed());
            fromLog.add(Duration.between(got.eventTime(), got.at()).toNanos() / 1000);
            fromRequest.add(Duration.between(asked, got.at()).toNanos() / 1000);
        }
        List<Attempt> ours = attempts.stream().filter(a -> a.path().equals("/fast") && tests.contains(a.webhookId()))
                .toList();
        assertEquals(Set.copyOf(tests), ours.stream().map(Attempt::webhookId).collect(Collectors.toSet()),
                "each delivered (GlusterFS's own VOLUME_* events may reach /fast too: not counted)");
        assertTrue(ours.stream().allMatch(Attempt::signed), ours::toString);
        System.out.printf("webhook delivery delay over %d events: from the log's append p50 %.1f ms (max %.1f ms); "
                        + "from POST …/test p50 %.1f ms (max %.1f ms); %d attempts (delivery is at least once)%n",
                events, p50(fromLog) / 1000.0, max(fromLog) / 1000.0, p50(fromRequest) / 1000.0,
                max(fromRequest) / 1000.0, ours.size());
        assertTrue(p50(fromLog) < 1_000_000, "p50 " + p50(fromLog) + " µs");
    }

    @Test
    void theSecretIsShownOnceAndTheWebhookIsChangedAndDeleted() {
        JsonObject created = create("/crud", ", \"secret\": \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"");
        String id = created.getString("id");
        assertEquals("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", created.getString("secret"));
        assertTrue(created.getBoolean("enabled"));
        var list = gateway.get("/v1/webhooks");
        assertEquals(200, list.status(), list::toString);
        assertFalse(list.body().contains("whsec_"), list.body());
        assertTrue(list.array().stream().anyMatch(w -> w.asJsonObject().getString("id").equals(id)));
        var one = gateway.get("/v1/webhooks/" + id);
        assertFalse(one.body().contains("whsec_"), one.body());

        var patched = gateway.send("PATCH", "/v1/webhooks/" + id, "application/merge-patch+json",
                "{\"enabled\": false, \"events\": [\"brick_*\"]}");
        assertEquals(200, patched.status(), patched::toString);
        assertFalse(patched.object().getBoolean("enabled"));
        assertEquals("[\"BRICK_*\"]", patched.object().getJsonArray("events").toString());
        assertFalse(patched.body().contains("whsec_"), patched.body());
        assertEquals(409, gateway.post("/v1/webhooks/" + id + "/test").status());
        var put = gateway.send("PUT", "/v1/webhooks/" + id, "application/json",
                "{\"url\": \"" + receiverUrl("/crud2") + "\", \"description\": \"again\"}");
        assertEquals(200, put.status(), put::toString);
        assertTrue(put.object().getBoolean("enabled"));
        assertEquals("again", put.object().getString("description"));
        assertEquals(0, put.object().getJsonArray("events").size());

        assertEquals(204, gateway.delete("/v1/webhooks/" + id).status());
        assertEquals(404, gateway.get("/v1/webhooks/" + id).status());
        assertEquals(404, gateway.get("/v1/webhooks/" + id + "/deliveries").status());
    }

    @Test
    void badInputIsAProblemNamingWhatIsWrongAndQuotingNoSecret() {
        Map<String, String> refused = Map.of(
                "{\"url\": \"https://169.254.169.254/latest\"}", "metadata",
                "{\"url\": \"http://192.0.2.1/hook\"}", "loopback",
                "{\"url\": \"https://u:p@127.0.0.1/hook\"}", "user information",
                "{\"url\": \"" + receiverUrl("/x") + "#f\"}", "fragment",
                "{\"url\": \"" + receiverUrl("/x") + "\", \"secret\": \"whsec_c2hvcnQ=\"}", "secret",
                "{\"url\": \"" + receiverUrl("/x") + "\", \"events\": [\"VOL UME\"]}", "events",
                "{\"url\": \"" + receiverUrl("/x") + "\", \"colour\": 1}", "colour");
        refused.forEach((body, named) -> {
            var answer = gateway.post("/v1/webhooks", body);
            assertEquals(400, answer.status(), answer::toString);
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer::toString);
            assertTrue(answer.object().getString("detail").contains(named), answer::toString);
            assertFalse(answer.body().contains("c2hvcnQ"), answer::toString);
        });
        Gateway monitor = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(WebhooksIT.class), "itwhmonitor",
                Roles.MONITOR);
        assertEquals(403, monitor.get("/v1/webhooks").status());
        assertEquals(404, gateway.post("/v1/webhooks/no-such/test").status());
    }

    private static long p50(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static void await(BooleanSupplier condition, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
