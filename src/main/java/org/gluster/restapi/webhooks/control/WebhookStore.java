package org.gluster.restapi.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.gluster.restapi.problems.ConflictException;
import org.gluster.restapi.state.StateFiles;

/**
 * The webhooks in the pool state: {@code webhooks.json} (with their secrets; state files are 0600),
 * one {@code webhook-<id>.json} cursor each, and the delivery lease {@code webhooks-lease.json}.
 */
@ApplicationScoped
public class WebhookStore {

    static final String FILE = "webhooks.json";
    static final String LEASE = "webhooks-lease.json";

    private Supplier<StateFiles> state;

    protected WebhookStore() {
    }

    @Inject
    public WebhookStore(Supplier<StateFiles> state) {
        this.state = state;
    }

    List<Endpoint> endpoints() {
        return state.get().read(FILE, EndpointTable.class).orElseGet(EndpointTable::empty).endpoints();
    }

    Optional<Endpoint> endpoint(String id) {
        return endpoints().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Adds the endpoint, its cursor first so that no deliverer finds it without one. */
    void add(Endpoint endpoint, long after, int max) {
        state.get().update(cursorFile(endpoint.id()), Cursor.class, () -> Cursor.start(endpoint.id(), after), c -> c);
        state.get().update(FILE, EndpointTable.class, EndpointTable::empty, table -> {
            if (table.endpoints().size() >= max) {
                throw new ConflictException("the pool has " + max + " webhooks already (glusterrest.webhooks.max)");
            }
            return table.with(endpoint);
        });
    }

    /** The endpoint after {@code change}; empty when there is none. */
    Optional<Endpoint> update(String id, UnaryOperator<Endpoint> change) {
        EndpointTable table = state.get().update(FILE, EndpointTable.class, EndpointTable::empty,
                t -> t.find(id).map(e -> t.with(change.apply(e))).orElse(t));
        return table.find(id);
    }

    boolean remove(String id) {
        boolean[] found = {false};
        state.get().update(FILE, EndpointTable.class, EndpointTable::empty, table -> {
            found[0] = table.find(id).isPresent();
            return table.without(id);
        });
        if (found[0]) {
            updateCursor(id, Cursor::emptied);
        }
        return found[0];
    }

    Cursor cursor(String id) {
        return state.get().read(cursorFile(id), Cursor.class).orElseGet(() -> Cursor.start(id, 0));
    }

    Cursor updateCursor(String id, UnaryOperator<Cursor> change) {
        return state.get().update(cursorFile(id), Cursor.class, () -> Cursor.start(id, 0), change);
    }

    /** The lease after {@code node} asked for it: its own, renewed, when it held it or it had expired. */
    Lease askLease(String node, Instant now, Duration term) {
        return state.get().update(LEASE, Lease.class, Lease::none, lease -> lease.askedBy(node, now, term));
    }

    void releaseLease(String node, Instant now) {
        state.get().update(LEASE, Lease.class, Lease::none,
                lease -> lease.heldBy(node, now) ? new Lease(node, now) : lease);
    }

    private static String cursorFile(String id) {
        return "webhook-" + id + ".json";
    }
}
