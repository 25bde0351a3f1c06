/**
 * The pool's events: what GlusterFS's own events daemon reports on every node, and what the gateway
 * itself does, in one durable log that every node reads, served as a stream and as pages.
 *
 * <p>How events get in. Every GlusterFS process sends its events to {@code glustereventsd} on its
 * own node, which posts each one to the URLs in {@code /var/lib/glusterd/events/webhooks.json}; each
 * event is posted only by the node whose process saw it (VOLUME_* by the node where the CLI ran,
 * BRICK_DISCONNECTED by the brick's node, PEER_DISCONNECT by every surviving peer). So each gateway
 * registers a loopback URL — the intake — in its own node's {@code webhooks.json} and takes in its
 * own node's events; they travel to the other nodes through the pool state (the shared-storage
 * volume when the state is there), not through more webhooks: one write per event instead of one
 * POST per node, and no gateway needs to reach another. The gateway writes its node's file itself
 * rather than through {@code gluster-eventsapi webhook-add}, which would put the intake's token on a
 * command line and copies the file to peers only where {@code events/} already exists; and it reloads
 * the daemon with SIGUSR2 itself, because glustereventsd 10.3 deletes its own pid file right after
 * start, so {@code gluster-eventsapi reload} reaches no daemon while printing OK, and a daemon started
 * before the webhook existed posts to nobody until it gets SIGUSR2. The daemon is found in /proc in
 * this process's own network and mount namespaces (test pools run one per namespace on one machine).
 *
 * <p>The log. {@code events.json} holds the last id given and the oldest kept; the events are in a
 * ring of block files of 100 events each. Appends take the index's cross-node lock, so ids are unique
 * and increasing in the pool; one writer thread per node appends what it has queued in batches, so a
 * storm of events costs a few writes. Every node's dispatcher reads what is new — woken by its own
 * writer, and every 250 ms for what other nodes appended — and hands it to the streams, the
 * webhooks and the read cache. The log keeps the newest {@code glusterrest.events.max-entries}
 * (10,000) events and drops whole blocks older than {@code glusterrest.events.max-age} (7 days).
 *
 * <p>GlusterFS's traps, as observed on 10.3: {@code ts} is whole seconds, so events are ordered by
 * arrival; AFR events carry the key {@code " subvol"} with a leading space, and VOLUME_CREATE's
 * {@code bricks} starts with a space, both kept as sent; a failed CLI operation emits no event, and a
 * deliberate volume stop emits no BRICK_DISCONNECTED.
 */
package org.gluster.restapi.events;
