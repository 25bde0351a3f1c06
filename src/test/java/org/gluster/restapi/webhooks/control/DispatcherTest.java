package org.gluster.restapi.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.time.TestClock;
import org.gluster.restapi.webhooks.entity.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DispatcherTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final RetryPolicy RETRY = new RetryPolicy(new Backoff(Duration.ofSeconds(5), Duration.ofHours(1)),
            Duration.ofHours(24));

    record Post(URI url, Map<String, String> headers, String body) {
        String webhookId() {
            return headers.get("webhook-id");
        }
    }

    @TempDir
    Path dir;

    final TestClock clock = new TestClock(Instant.parse("2026-12-01T00:00:00Z"));
    final List<Event> log = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();
    final Deque<Integer> answers = new ArrayDeque<>();
    final List<NewEvent> published = new ArrayList<>();
    String resolvesTo = "203.0.113.10";
    boolean leaseHeld = true;
    WebhookStore store;

    @BeforeEach
    void state() {
        StateFiles files = StateLocation.fixed(dir, Runnable::run).get();
        store = new WebhookStore(() -> files);
    }

    Dispatcher dispatcher() {
        return new Dispatcher(store, (after, limit) -> log.stream().filter(e -> e.id() > after).limit(limit).toList(),
                (url, headers, body) -> {
                    posts.add(new Post(url, headers, new String(body, StandardCharsets.UTF_8)));
                    return Outcome.answered(answers.isEmpty() ? 200 : answers.poll());
                }, new UrlPolicy(false, host -> new InetAddress[]{InetAddress.getByName(resolvesTo)}), RETRY, clock,
                new Random(3), published::add, "node-1", Runnable::run, () -> leaseHeld, () -> { });
    }

    Endpoint endpoint(String id, List<String> events) {
        Endpoint endpoint = new Endpoint(id, "https://hooks.example.com/" + id, SECRET, events, null, true, false,
                clock.instant(), null);
        store.add(endpoint, log.size(), 50);
        return endpoint;
    }

    Event append(String name) {
        return append(name, JsonObject.EMPTY_JSON_OBJECT);
    }

    Event append(String name, JsonObject message) {
        Event event = new Event(log.size() + 1, clock.instant(), "node-1", name, message);
        log.add(event);
        return event;
    }

    List<String> ids(String webhook) {
        return posts.stream().filter(p -> p.url().getPath().equals("/" + webhook)).map(Post::webhookId).toList();
    }

    @Test
    void eachWantedEventIsPostedSignedWithItsEventAsTheBody() {
        append("BEFORE_CREATION");
        endpoint("a", List.of("VOLUME_*"));
        append("VOLUME_SET", Json.createObjectBuilder().add("name", "gv0").build());
        append("PEER_ATTACH");
        append("VOLUME_START");
        dispatcher().runDue();

        assertEquals(List.of("evt_2", "evt_4"), ids("a"));
        Post first = posts.get(0);
        long timestamp = Long.parseLong(first.headers().get("webhook-timestamp"));
        assertEquals(clock.instant().getEpochSecond(), timestamp);
        assertEquals("application/json", first.headers().get("Content-Type"));
        assertTrue(Signature.verify(first.headers().get("webhook-signature"), "evt_2", timestamp,
                first.body().getBytes(StandardCharsets.UTF_8), SECRET));
        JsonObject body = Json.createReader(new StringReader(first.body())).readObject();
        assertEquals("VOLUME_SET", body.getString("type"));
        assertEquals("2026-12-01T00:00:00Z", body.getString("timestamp"));
        assertEquals(2, body.getJsonObject("data").getInt("id"));
        assertEquals("gv0", body.getJsonObject("data").getJsonObject("message").getString("name"));
        assertEquals(4, store.cursor("a").last());
    }

    @Test
    void aFailingEventHoldsBackThatEndpointsLaterEventsButNotOtherEndpoints() {
        endpoint("a", List.of());
        endpoint("b", List.of());
        append("E1");
        append("E2");
        answers.addAll(List.of(500));
        Dispatcher dispatcher = dispatcher();
        dispatcher.runDue();

        assertEquals(List.of("evt_1"), ids("a"));
        assertEquals(List.of("evt_1", "evt_2"), ids("b"));
        Cursor held = store.cursor("a");
        assertEquals(0, held.last());
        assertEquals(Optional.of(held.nextAttempt()), dispatcher.runDue(), "the loop sleeps until the retry");

        clock.set(held.nextAttempt().minusMillis(1));
        dispatcher.runDue();
        assertEquals(List.of("evt_1"), ids("a"), "nothing before the retry's time");

        answers.addAll(List.of(502));
        clock.set(held.nextAttempt());
        dispatcher.runDue();
        assertEquals(List.of("evt_1", "evt_1"), ids("a"));
        assertEquals(2, store.cursor("a").attempts());

        clock.set(store.cursor("a").nextAttempt());
        dispatcher.runDue();
        assertEquals(List.of("evt_1", "evt_1", "evt_1", "evt_2"), ids("a"), "retried in order, then the next");
        List<Delivery> records = store.cursor("a").deliveries();
        assertEquals(List.of(2L, 1L), records.stream().map(Delivery::eventId).toList());
        assertEquals(3, records.get(1).attempts());
        assertEquals(Delivery.DELIVERED, records.get(1).state());
    }

    @Test
    void afterTwentyFourHoursOfFailuresTheEndpointIsDisabledAndTheEventLogSaysSo() {
        endpoint("a", List.of());
        endpoint("other", List.of());
        append("E1");
        Dispatcher dispatcher = dispatcher();
        Instant firstFailure = clock.instant();
        answers.add(500);
        dispatcher.runDue();
        int attempts = 1;
        while (store.endpoint("a").orElseThrow().enabled()) {
            answers.add(500);
            clock.set(store.cursor("a").nextAttempt());
            dispatcher.runDue();
            attempts++;
            assertTrue(attempts < 200, "never gave up");
        }
        assertFalse(clock.instant().isBefore(firstFailure.plus(Duration.ofHours(24))), clock.instant().toString());
        assertTrue(clock.instant().isBefore(firstFailure.plus(Duration.ofHours(25))), clock.instant().toString());
        Endpoint disabled = store.endpoint("a").orElseThrow();
        assertTrue(disabled.disabled().contains("gave up on event 1 after " + attempts + " attempts"), disabled.disabled());
        assertEquals(1, published.size());
        NewEvent said = published.get(0);
        assertEquals(GatewayEvents.WEBHOOK_DISABLED, said.event());
        assertEquals("node-1", said.node());
        assertEquals("a", said.message().getString("webhook"));
        assertEquals("hooks.example.com", said.message().getString("host"));
        assertFalse(said.message().toString().contains(SECRET.substring(6)));
        assertEquals(Delivery.FAILED, store.cursor("a").deliveries().get(0).state());

        clock.advance(Duration.ofHours(2));
        int before = posts.size();
        dispatcher.runDue();
        assertEquals(before, posts.size(), "a disabled endpoint gets nothing");
        store.update("a", e -> new Endpoint(e.id(), e.url(), e.secret(), e.events(), e.description(), true,
                e.securityEvents(), e.created(), null));
        store.updateCursor("a", Cursor::reset);
        dispatcher.runDue();
        assertEquals("evt_1", posts.get(posts.size() - 1).webhookId(), "re-enabled, the held event comes first");
        assertEquals(1, store.cursor("a").last());
    }

    @Test
    void aTestEventGoesOnlyToTheWebhookItNamesWhateverItsFilter() {
        endpoint("a", List.of("VOLUME_*"));
        endpoint("b", List.of());
        append(GatewayEvents.WEBHOOK_TEST, Json.createObjectBuilder().add("webhook", "a").add("test", "n").build());
        dispatcher().runDue();
        assertEquals(List.of("evt_1"), ids("a"));
        assertEquals(List.of(), ids("b"));
        assertEquals(1, store.cursor("b").last(), "passed over");
    }

    @Test
    void securityEventsGoOnlyToWebhooksASecurityAdminCreated() {
        endpoint("admin", List.of());
        store.add(new Endpoint("secadmin", "https://hooks.example.com/secadmin", SECRET, List.of(), null, true, true,
                clock.instant(), null), 0, 50);
        append(GatewayEvents.USER_CHANGED);
        dispatcher().runDue();
        assertEquals(List.of(), ids("admin"));
        assertEquals(List.of("evt_1"), ids("secadmin"));
    }

    @Test
    void aHostThatNowResolvesToAForbiddenAddressIsNotPostedTo() {
        endpoint("a", List.of());
        append("E1");
        resolvesTo = "169.254.169.254";
        dispatcher().runDue();
        assertEquals(List.of(), posts);
        Delivery record = store.cursor("a").deliveries().get(0);
        assertEquals(Delivery.RETRYING, record.state());
        assertEquals("not sent: its host resolves to the cloud metadata address", record.lastError());
    }

    @Test
    void withoutTheLeaseNothingIsPosted() {
        endpoint("a", List.of());
        append("E1");
        leaseHeld = false;
        dispatcher().runDue();
        assertEquals(List.of(), posts);
        assertEquals(0, store.cursor("a").last());
    }

    @Test
    void theLeaseIsTakenOnlyWhenExpiredAndRenewedByItsHolder() {
        Duration term = Duration.ofSeconds(30);
        assertTrue(store.askLease("n1", clock.instant(), term).heldBy("n1", clock.instant()));
        clock.advance(Duration.ofSeconds(10));
        assertFalse(store.askLease("n2", clock.instant(), term).heldBy("n2", clock.instant()));
        assertTrue(store.askLease("n1", clock.instant(), term).heldBy("n1", clock.instant()), "renewed");
        clock.advance(Duration.ofSeconds(29));
        assertFalse(store.askLease("n2", clock.instant(), term).heldBy("n2", clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(store.askLease("n2", clock.instant(), term).heldBy("n2", clock.instant()), "taken over once expired");
        store.releaseLease("n2", clock.instant());
        assertTrue(store.askLease("n1", clock.instant(), term).heldBy("n1", clock.instant()), "released");
    }

    @Test
    void aDeletedWebhookGetsNothingMoreAndLeavesAnEmptiedCursor() {
        endpoint("a", List.of());
        append("E1");
        dispatcher().runDue();
        assertTrue(store.remove("a"));
        append("E2");
        dispatcher().runDue();
        assertEquals(List.of("evt_1"), ids("a"));
        assertEquals(List.of(), store.cursor("a").deliveries());
        assertFalse(store.remove("a"));
    }
}
