/**
 * {@code Idempotency-Key} (IETF draft-ietf-httpapi-idempotency-key-header) on every POST and DELETE of
 * both surfaces, so that a client whose answer was lost (a timeout, a dropped connection) can send the
 * same request again and get the first answer instead of a second run or a 409 "already exists".
 *
 * <ul>
 * <li>Where: a servlet filter ({@code IdempotencyFilter}) mapped after the request log and the limits
 * (web.xml), so a replay is logged and counted like any request, and a request the limits refuse has
 * claimed nothing. It runs before JAX-RS, so one place serves {@code /v1} and {@code /rest/v1} alike,
 * sees the final status, headers and bytes of every answer (mapped exceptions, 202 jobs, aborts) and
 * releases its claim in a {@code finally}. A replay never reaches JAX-RS: no resource, no CLI, and no
 * audit entry (the audit records changes, and a replay changes nothing; the request log has it).</li>
 * <li>Scope: the caller's kind and name (set by the authentication before any filter) and the key; a
 * request without a caller (the auth endpoint) ignores the header. With authentication disabled every
 * request is the one anonymous caller. The fingerprint is SHA-256 over method, path, query and the raw
 * body (up to the body limit; a larger body is left to BodyLimitFilter's 413).</li>
 * <li>Kept: the first request's final answer, status, body and the headers that matter (Location,
 * Content-Type, Preference-Applied, Retry-After), so a retried {@code Prefer: respond-async} finds the
 * same job. Not kept, so that a retry may succeed: 5xx (CLI timeouts, glusterd or the state storage
 * unavailable), 429 and 408 (limits, the CLI busy), 401 and 403 (a token or a group may change), and
 * answers larger than {@code glusterrest.idempotency.max-response-bytes}. Other 4xx are kept: the same
 * body gets the same refusal. Answers marked {@code Cache-Control: no-store} (tokens, secrets) are never
 * written to the state.</li>
 * <li>In flight: the first request claims the key pool-wide before it runs; a repeat meanwhile gets 409
 * with Retry-After. The claim expires after {@code glusterrest.idempotency.in-flight-expiry} (longer than
 * the CLI timeout and the lock wait together), so a node that died mid-request does not block the key.</li>
 * <li>Storage: the pool state ({@code StateFiles}), so any node replays what another answered; keys are
 * spread over {@code idempotency-<n>.json} buckets by a hash of their scope, each a small file rewritten
 * atomically under its own cross-node lock, so unrelated keys rarely contend. Entries live 24 h
 * ({@code glusterrest.idempotency.expiry}); each bucket keeps at most its share of
 * {@code glusterrest.idempotency.max-keys}, the oldest finished entries leaving first.</li>
 * </ul>
 */
package org.gluster.restapi.idempotency;
