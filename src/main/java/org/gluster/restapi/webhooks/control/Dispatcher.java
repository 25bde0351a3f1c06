package org.gluster.restapi.webhooks.control;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.webhooks.entity.WebhookMessage;

/**
 * Delivers what the log holds to every enabled webhook, each on its own: one drain at a time per
 * webhook (so its events go in order and a failing one holds back the later ones), many webhooks at
 * once on the workers. A drain reads the cursor, skips the events the webhook does not want, posts
 * the next one it wants and records the outcome, until the log has nothing more, an attempt fails,
 * or this node no longer holds the lease.
 */
final class Dispatcher {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    /** The log, read from a cursor. */
    @FunctionalInterface
    interface Source {
        List<Event> after(long id, int limit);
    }

    private final WebhookStore store;
    private final Source log;
    private final Sender sender;
    private final UrlPolicy urls;
    private final RetryPolicy retry;
    private final Clock clock;
    private final RandomGenerator random;
    private final Consumer<NewEvent> publish;
    private final String node;
    private final Executor workers;
    private final BooleanSupplier leaseHeld;
    private final Runnable drained;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Jsonb jsonb = JsonbBuilder.create();

    Dispatcher(WebhookStore store, Source log, Sender sender, UrlPolicy urls, RetryPolicy retry, Clock clock,
               RandomGenerator random, Consumer<NewEvent> publish, String node, Executor workers,
               BooleanSupplier leaseHeld, Runnable drained) {
        this.store = store;
        this.log = log;
        this.sender = sender;
        this.urls = urls;
        this.retry = retry;
        this.clock = clock;
        this.random = random;
        this.publish = publish;
        this.node = node;
        this.workers = workers;
        this.leaseHeld = leaseHeld;
        this.drained = drained;
    }

    /** Starts a drain for every enabled webhook that is due and not draining; the earliest retry still ahead, if any. */
    Optional<Instant> runDue() {
        Instant now = clock.instant();
        Instant next = null;
        for (Endpoint endpoint : store.endpoints()) {
            if (!endpoint.enabled()) {
                continue;
            }
            Cursor cursor = store.cursor(endpoint.id());
            if (!cursor.due(now)) {
                next = next == null || cursor.nextAttempt().isBefore(next) ? cursor.nextAttempt() : next;
            } else if (inFlight.add(endpoint.id())) {
                workers.execute(() -> {
                    try {
                        drain(endpoint.id());
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "delivery to webhook " + endpoint.id() + " stopped; it is resumed later", e);
                    } finally {
                        inFlight.remove(endpoint.id());
                        drained.run();
                    }
                });
            }
        }
        return Optional.ofNullable(next);
    }

    private void drain(String id) {
        while (leaseHeld.getAsBoolean()) {
            Optional<Endpoint> endpoint = store.endpoint(id).filter(Endpoint::enabled);
            Cursor cursor = store.cursor(id);
            if (endpoint.isEmpty() || !cursor.due(clock.instant())) {
                return;
            }
            List<Event> events = log.after(cursor.last(), BATCH);
            if (events.isEmpty()) {
                return;
            }
            long passed = cursor.last();
            Event wanted = null;
            for (Event event : events) {
                if (endpoint.get().wants(event)) {
                    wanted = event;
                    break;
                }
                passed = event.id();
            }
            if (passed > cursor.last()) {
                long to = passed;
                store.updateCursor(id, c -> c.passed(to));
            }
            if (wanted != null && !attempt(endpoint.get(), wanted)) {
                return;
            }
        }
    }

    /** One attempt, recorded; true when it was delivered. */
    private boolean attempt(Endpoint endpoint, Event event) {
        Instant now = clock.instant();
        Outcome outcome = send(endpoint, event, now);
        boolean[] gaveUp = {false};
        Cursor after = store.updateCursor(endpoint.id(), cursor -> {
            gaveUp[0] = !outcome.delivered() && retry.givesUp(cursor, now) && cursor.last() < event.id();
            return retry.after(cursor, event, outcome, now, random);
        });
        if (gaveUp[0]) {
            disable(endpoint, event, outcome, after);
        }
        return outcome.delivered();
    }

    Outcome send(Endpoint endpoint, Event event, Instant now) {
        URI url = URI.create(endpoint.url());
        Optional<String> refused = urls.refusal(url);
        if (refused.isPresent()) {
            return Outcome.failed("not sent: " + refused.get());
        }
        byte[] body = jsonb.toJson(WebhookMessage.of(event)).getBytes(StandardCharsets.UTF_8);
        String webhookId = Cursor.webhookId(event.id());
        long timestamp = now.getEpochSecond();
        return sender.post(url, Map.of("webhook-id", webhookId, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", Signature.sign(webhookId, timestamp, body, endpoint.secret()),
                "Content-Type", "application/json"), body);
    }

    private void disable(Endpoint endpoint, Event event, Outcome outcome, Cursor after) {
        String why = "gave up on event " + event.id() + " after " + after.attempts() + " attempts since "
                + after.firstFailure() + ": " + outcome.error();
        store.update(endpoint.id(), e -> e.disabledBecause(why));
        LOG.warning(() -> "webhook " + endpoint.id() + " to " + URI.create(endpoint.url()).getHost() + " disabled: " + why);
        publish.accept(new NewEvent(node, GatewayEvents.WEBHOOK_DISABLED, Json.createObjectBuilder()
                .add("webhook", endpoint.id()).add("host", URI.create(endpoint.url()).getHost())
                .add("eventId", event.id()).add("attempts", after.attempts())
                .add("failingSince", after.firstFailure().toString()).add("lastError", outcome.error()).build()));
    }
}
