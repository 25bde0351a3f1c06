package org.gluster.restapi.webhooks.control;

import org.gluster.restapi.events.entity.GatewayEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.cli.ThisNode;
import org.gluster.restapi.events.control.EventLog;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.problems.ConflictException;
import org.gluster.restapi.problems.NotFoundException;
import org.gluster.restapi.problems.TooManyRequestsException;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.webhooks.entity.Delivery;
import org.gluster.restapi.webhooks.entity.Webhook;
import org.gluster.restapi.webhooks.entity.WebhookRequest;

/** The webhooks' configuration, their delivery records, and the test delivery (see package-info). */
@ApplicationScoped
public class Webhooks {

    static final int DESCRIPTION_MAX = 500;

    @Inject
    WebhookStore store;

    @Inject
    EventLog log;

    @Inject
    Deliveries deliveries;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "glusterrest.webhooks.max", defaultValue = "50")
    int max;

    @Inject
    @ConfigProperty(name = "glusterrest.webhooks.test-wait", defaultValue = "10")
    long testWaitSeconds;

    @Inject
    ThisNode thisNode;

    private final Secrets secrets = new Secrets();

    public List<Webhook> list() {
        return store.endpoints().stream().map(e -> e.view(store.cursor(e.id()), null)).toList();
    }

    public Webhook find(String id) {
        Endpoint endpoint = endpoint(id);
        return endpoint.view(store.cursor(id), null);
    }

    /** The new webhook, with its secret: the only answer that ever shows it. Only events from now on reach it. */
    public Webhook create(WebhookRequest request, boolean securityAdmin) {
        if (request == null) {
            throw new InvalidInputException("body", "{\"url\": \"https://…\"} is required");
        }
        if (request.enabled() != null && !request.enabled()) {
            throw new InvalidInputException("enabled", "a webhook is created enabled; disable it with PATCH");
        }
        String url = deliveries.policy().checked(request.url()).toString();
        String secret = secrets.orGenerate(request.secret());
        Endpoint endpoint = new Endpoint(UUID.randomUUID().toString(), url, secret,
                EventFilter.checked(request.events()), description(request.description()), true, securityAdmin,
                clock.instant(), null);
        store.add(endpoint, log.last(), max);
        deliveries.wake();
        return endpoint.view(store.cursor(endpoint.id()), secret);
    }

    /** PUT: url, events, description and enabled as given (absent events: all, absent enabled: true); the secret is kept unless given. */
    public Webhook replace(String id, WebhookRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "{\"url\": \"https://…\"} is required");
        }
        return change(id, new WebhookRequest(request.url(), request.secret(),
                request.events() == null ? List.of() : request.events(),
                request.description() == null ? "" : request.description(),
                request.enabled() == null ? Boolean.TRUE : request.enabled()));
    }

    /** PATCH: what the request names changes, the rest stays. */
    public Webhook change(String id, WebhookRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        Endpoint before = endpoint(id);
        String url = request.url() == null ? before.url() : deliveries.policy().checked(request.url()).toString();
        String secret = request.secret() == null ? before.secret() : checkedSecret(request.secret());
        List<String> events = request.events() == null ? before.events() : EventFilter.checked(request.events());
        String description = request.description() == null ? before.description() : description(request.description());
        boolean enabled = request.enabled() == null ? before.enabled() : request.enabled();
        boolean reenabled = enabled && !before.enabled();
        Endpoint after = store.update(id, e -> new Endpoint(id, url, secret, events, description, enabled,
                e.securityEvents(), e.created(), enabled ? null : e.disabled()))
                .orElseThrow(() -> notFound(id));
        if (reenabled) {
            store.updateCursor(id, Cursor::reset);
        } else if (!url.equals(before.url())) {
            store.updateCursor(id, Cursor::dueNow);
        }
        deliveries.wake();
        return after.view(store.cursor(id), null);
    }

    public void delete(String id) {
        if (!store.remove(id)) {
            throw notFound(id);
        }
    }

    /** The key that pages of deliveries follow: newest (highest event id) first, as they are kept. */
    public static String newestFirst(Delivery delivery) {
        return String.format("%019d", Long.MAX_VALUE - delivery.eventId());
    }

    public List<Delivery> deliveries(String id) {
        endpoint(id);
        return store.cursor(id).deliveries();
    }

    /**
     * Puts a {@code GATEWAY_WEBHOOK_TEST} event for this webhook only into the pool's log, where it is
     * delivered like any other (in order, signed, retried), and waits up to
     * {@code glusterrest.webhooks.test-wait} for its first attempt: the delivery record, or one
     * {@code queued} when it was not tried in that time.
     */
    public Delivery test(String id) {
        Endpoint endpoint = endpoint(id);
        if (!endpoint.enabled()) {
            throw new ConflictException("webhook " + id + " is disabled; enable it first (that also resets its failure state)");
        }
        String nonce = UUID.randomUUID().toString();
        CompletableFuture<Long> logged = new CompletableFuture<>();
        Runnable unlisten = log.listen(batch -> batch.stream()
                .filter(e -> GatewayEvents.WEBHOOK_TEST.equals(e.event()) && e.message().get("test") instanceof JsonString s
                        && s.getString().equals(nonce))
                .findFirst().ifPresent(e -> logged.complete(e.id())));
        Instant deadline = clock.instant().plus(Duration.ofSeconds(testWaitSeconds));
        try {
            if (!log.publish(new NewEvent(thisNode.uuid(), GatewayEvents.WEBHOOK_TEST, Json.createObjectBuilder()
                    .add("webhook", id).add("test", nonce).build()))) {
                throw new TooManyRequestsException("events", "the event log's queue is full", 5);
            }
            long eventId = logged.get(testWaitSeconds, TimeUnit.SECONDS);
            return awaitAttempt(id, eventId, deadline);
        } catch (TimeoutException | ExecutionException e) {
            return new Delivery(0, null, GatewayEvents.WEBHOOK_TEST, Delivery.QUEUED, null, 0, null, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(0, null, GatewayEvents.WEBHOOK_TEST, Delivery.QUEUED, null, 0, null, null, null);
        } finally {
            unlisten.run();
        }
    }

    private Delivery awaitAttempt(String id, long eventId, Instant deadline) throws InterruptedException {
        while (true) {
            Optional<Delivery> tried = store.cursor(id).deliveries().stream().filter(d -> d.eventId() == eventId)
                    .findFirst();
            if (tried.isPresent()) {
                return tried.get();
            }
            if (!clock.instant().isBefore(deadline)) {
                return new Delivery(eventId, Cursor.webhookId(eventId), GatewayEvents.WEBHOOK_TEST, Delivery.QUEUED, null, 0,
                        null, null, null);
            }
            Thread.sleep(25);
        }
    }

    private Endpoint endpoint(String id) {
        return store.endpoint(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no webhook " + id);
    }

    private static String checkedSecret(String secret) {
        Secrets.check(secret);
        return secret;
    }

    private static String description(String description) {
        if (description == null || description.isEmpty()) {
            return null;
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("description", "is longer than " + DESCRIPTION_MAX + " characters");
        }
        return description;
    }
}
