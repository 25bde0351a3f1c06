package org.gluster.restapi.idempotency;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gluster.restapi.http.BodyLimitFilter;
import org.gluster.restapi.http.WorkerPool;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.problems.InvalidInputMapper;
import org.gluster.restapi.problems.Problem;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * {@code Idempotency-Key} on POST and DELETE of /v1 and /rest (see package-info): checks the key, then
 * runs the request holding a pool-wide claim and keeps its answer, or replays the kept one, or refuses
 * (422 another request, 409 still running). Mapped after the limits in web.xml.
 */
public class IdempotencyFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
    private static final Set<String> METHODS = Set.of("POST", "DELETE");
    static final List<String> KEPT_HEADERS = List.of("Location", "Content-Type", "Preference-Applied", "Retry-After");

    @Inject
    Idempotency idempotency;

    @Inject
    InvalidInputMapper invalid;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = request.getHeader(IdempotencyKeys.HEADER);
        if (key == null || !METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            IdempotencyKeys.check(key);
        } catch (InvalidInputException e) {
            invalid.problem(e).at(path).writeTo(response);
            return;
        }
        Caller caller = Caller.of(request).orElse(null);
        if (caller == null || request.getContentLengthLong() > BodyLimitFilter.MAX_BODY_BYTES) {
            chain.doFilter(request, response); // nobody to keep it for, or a body that BodyLimitFilter refuses
            return;
        }
        InputStream in = request.getInputStream();
        byte[] body = WorkerPool.readAtMost(in, BodyLimitFilter.MAX_BODY_BYTES + 1);
        HttpServletRequest buffered = new BufferedRequest(request, body, in);
        if (body.length > BodyLimitFilter.MAX_BODY_BYTES) {
            chain.doFilter(buffered, response);
            return;
        }
        String query = request.getQueryString();
        String fingerprint = IdempotencyKeys.fingerprint(request.getMethod(), query == null ? path : path + "?" + query,
                body);
        String scope = IdempotencyKeys.scope(caller.kind().name(), caller.name(), key);
        KeyStore keys = idempotency.keys();
        Decision decision;
        try {
            decision = keys.begin(scope, fingerprint);
        } catch (RuntimeException stateUnavailable) {
            LOG.log(Level.WARNING, "an idempotency key could not be claimed: {0}", stateUnavailable.toString());
            response.setHeader("Retry-After", "10");
            Problem.of(503, "State storage unavailable", "the gateway cannot keep the " + IdempotencyKeys.HEADER
                    + " now; nothing was run").at(path).writeTo(response);
            return;
        }
        if (decision instanceof Decision.Run run) {
            runAndKeep(buffered, response, chain, scope, run.claim());
        } else if (decision instanceof Decision.Replay replay) {
            replay(replay.response(), response);
        } else if (decision instanceof Decision.InFlight running) {
            response.setHeader("Retry-After", String.valueOf(running.retryAfterSeconds()));
            Problem.of(409, "Conflict", "a request with this " + IdempotencyKeys.HEADER
                    + " is still running; retry later for its answer").at(path).writeTo(response);
        } else {
            Problem.of(422, "Unprocessable Content", IdempotencyKeys.HEADER
                    + " was used for another request (method, path or body differ); use a new key").at(path)
                    .writeTo(response);
        }
    }

    private void runAndKeep(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String scope,
                            String claim) throws IOException, ServletException {
        KeyStore keys = idempotency.keys();
        CapturingResponse capturing = new CapturingResponse(response, idempotency.maxResponseBytes());
        boolean finished = false;
        try {
            chain.doFilter(request, capturing);
            finished = keep(keys, scope, claim, capturing);
        } finally {
            if (!finished) {
                releaseQuietly(keys, scope, claim);
            }
        }
    }

    /** Keeps the answer when it is to be kept; false when it is not (or could not be), so the claim is released. */
    private static boolean keep(KeyStore keys, String scope, String claim, CapturingResponse capturing) {
        int status = capturing.getStatus();
        byte[] body = capturing.body();
        if (!Idempotency.kept(status, capturing.getHeader("Cache-Control")) || capturing.overflowed()) {
            return false;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = capturing.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        try {
            keys.finish(scope, claim, KeptResponse.of(status, headers, body));
            return true;
        } catch (RuntimeException stateUnavailable) {
            // the answer went out already; only keeping it failed, so a repeat runs again
            LOG.log(Level.WARNING, "an answer could not be kept for its " + IdempotencyKeys.HEADER, stateUnavailable);
            return false;
        }
    }

    private static void releaseQuietly(KeyStore keys, String scope, String claim) {
        try {
            keys.release(scope, claim);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "an idempotency claim could not be released; it expires by itself", e);
        }
    }

    private static void replay(KeptResponse kept, HttpServletResponse response) throws IOException {
        response.setStatus(kept.status());
        kept.headers().forEach(response::setHeader);
        response.setHeader(IdempotencyKeys.REPLAYED, "true");
        byte[] body = kept.bytes();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
