/**
 * Webhooks the gateway delivers itself: every event of the pool's log (see {@code events}) that an
 * enabled webhook wants is POSTed to its URL, signed as the Standard Webhooks specification says,
 * retried in order until it is delivered or the webhook has failed for 24 h.
 *
 * <p>Why not glustereventsd's own webhooks: it posts each event once, from the node that saw it, and
 * loses it when the receiver is down; its JWT option kills its sender thread and it never really
 * verifies https. Here the events come from the pool-wide log, so one receiver gets every node's.
 *
 * <p>Delivery. {@code webhooks.json} holds the webhooks (with their secrets; state files are 0600).
 * Each has a cursor {@code webhook-<id>.json}: the id of the last event handled, and while the next
 * wanted one fails its attempts, first failure and next attempt time, plus its last 100 deliveries.
 * A drain reads the log after the cursor, passes over the events the webhook does not want, posts
 * the next one and records the outcome before it posts another: a failing event holds back that
 * webhook's later events (in order), other webhooks drain on their own. The cursor is written after
 * the answer, so a gateway stopped between the two posts that event again: delivery is
 * at least once, and {@code webhook-id} ({@code evt_<event id>}, pool-unique, the same on every
 * retry and after a restart) is what a receiver deduplicates on. A 2xx answer delivers; anything
 * else (another status, a refused or timed-out connection, a redirect, which is never followed) is
 * retried after a delay drawn uniformly between zero and {@code retry-initial} × 2^(attempts−1),
 * capped at {@code retry-max} (full jitter: endpoints that failed together do not return together).
 * When an attempt fails {@code retry-for} (24 h) after the event's first failure, the webhook is
 * disabled with the reason, the record says failed and {@code GATEWAY_WEBHOOK_DISABLED} enters the
 * log (naming the webhook and its host, never its URL: URLs such as chat hooks carry their own
 * credential in the path). Re-enabling forgets the failure and resumes from the cursor, so the held
 * event comes first; what the log dropped meanwhile (10,000 events or 7 days) is lost to it. A new
 * webhook starts at the log's newest event: it gets what happens after its creation.
 *
 * <p>One deliverer in the pool. Every node reads the same log and state, so without care every
 * node would post every event. A lease {@code webhooks-lease.json} (node, expiry) is taken with the
 * state's cross-node lock: its holder renews it every 10 s for 30 s; another node takes it only once
 * it has expired, so a dead deliverer is replaced within 30 s; a stopping one releases it. The node
 * is named by glusterd's UUID ({@code glusterd.info}), else the host name. Expiry compares the
 * holder's clock with the taker's, so clocks more than 20 s apart may let two nodes deliver for a
 * while; a drain checks the lease before each post, cursors never go back, and the receiver's
 * deduplication absorbs the rest. A slow receiver does not stop the renewals (they run on their own
 * thread).
 *
 * <p>The test. {@code POST …/test} puts a {@code GATEWAY_WEBHOOK_TEST} event naming the webhook into
 * the log; it goes to that webhook only (whatever its filter) and is delivered like any other: in
 * order, behind held events, by the lease holder — so it proves what real deliveries do, from the
 * node that makes them. The answer waits up to {@code test-wait} for the first attempt and is 202
 * with a queued record when none came. A disabled webhook is not tested (409): enable it.
 *
 * <p>What is refused, and why. Only https, or http to loopback when {@code allow-http-loopback} is
 * set (tests, a local relay); no user information (it would be sent as a credential and shown in
 * lists), no fragment, at most 2,048 characters. The host is resolved when the webhook is saved and
 * again before every attempt, and every address it resolves to must be neither link-local
 * (169.254.0.0/16, fe80::/10) nor a cloud metadata address (169.254.169.254, fd00:ec2::254), nor
 * unspecified (0.0.0.0 reaches this host) nor multicast; IPv4 inside IPv4-compatible and NAT64
 * addresses is checked as IPv4. The check before each attempt defeats a name that was re-pointed
 * (DNS rebinding) after it was saved; the JDK client resolves the name once more to connect, but
 * the JVM caches lookups (30 s), so both see the same answer. Private addresses are allowed: a
 * receiver inside the pool's network is the common case, and only an Administrator names URLs. The
 * receiver's answer body is never read, so a URL cannot be used to read an internal service.
 *
 * <p>Secrets. {@code whsec_} + base64 of 24 to 64 bytes, generated from 32 random bytes when not
 * given; shown in the creation's answer only, never in lists, problems or logs (refusals name the
 * rule, not the value). Webhooks created by a SecurityAdmin may receive the user, app and security
 * events; others never do, since an Administrator may not see them on the stream either.
 *
 * <p>Traps. The JDK client's answer timeout ends at the status line, not the body: the body stream
 * is closed unread, or a receiver trickling a body would hold a worker. Its own selector thread is
 * the JDK's; everything else runs on the managed thread factory. State files are replaced and never
 * removed (a file seen and then gone is taken for a mount's hiccup), so a deleted webhook leaves an
 * emptied cursor file behind. Every attempt writes its cursor (one fsync'd file replace): delivery
 * is bounded by the state storage's write rate, which the shared-storage volume makes a few ms.
 */
package org.gluster.restapi.webhooks;
