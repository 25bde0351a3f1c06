/**
 * HTTP concerns shared by all resources: one log line and a count by status per request, with its
 * X-Request-Id; bodies read whole and bounded (64 KiB) before anything else
 * sees them, JSON-B that refuses unknown members, Server-Timing with the time spent in the CLI, and an Accept
 * of application/problem+json that also accepts the gateway's JSON (generated clients send it alone for
 * operations whose only bodies are errors).
 *
 * <p>Refusals made before the gateway's code runs are answered as problems too. Jersey answers a Content-Type
 * that is not one media type (a doubled {@code application/json, application/json}) with {@code sendError(400)},
 * which Payara renders as an HTML page: web.xml maps the 400 error page to {@code RefusedRequests}, which names
 * the header. Payara's CoyoteAdapter refuses a path with a NUL ({@code %00}), a backslash or a {@code ..} above
 * the root with an empty 400 before any web application, filter or error page is involved. Which paths those
 * are is decided by Grizzly's byte normalizer, which is not the resolution of dot segments ({@code UnservedPaths}
 * follows it step for step: a segment of three or more dots counts as {@code ..}); checked against a bare Payara
 * Micro with 2,520 generated paths, every refusal predicted and no other. Payara has no
 * public hook there, so {@code PathGuards} puts a Grizzly filter ({@code PathGuard}) into its HTTP listeners at
 * start, reached through its service locator by reflection ({@code Globals}, {@code GrizzlyService},
 * {@code GenericGrizzlyListener.getTransport()}), which sends such a request to {@code RefusedRequests}. If a
 * Payara release moves those classes, the start logs a warning and those paths get the empty 400 again
 * (FaultsIT's generated URLs fail then).
 *
 * <p>The same listeners get {@code WorkerPool}, a fork-join pool of {@code glusterrest.http.workers} threads at
 * work (three per processor) in place of Payara's pool of 200: on 2 cores, 32 clients served by 32 threads shared
 * the processors by time slices, and a cached read's p99 was three to four times its mean. A fork-join pool
 * because it can replace a thread that says it waits ({@code ForkJoinPool.managedBlock}, which
 * {@code CompletableFuture} uses by itself), which no pool of Grizzly or of the JDK's executors can: the
 * gateway's waits are long (one CLI at a time on a node) and must not keep other requests from a thread.
 * Payara's configuration offers only the pool's size, so a small pool there would have made every request wait
 * behind the ones waiting for the CLI.
 */
package org.gluster.restapi.http;
