package org.gluster.restapi.limits;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gluster.restapi.problems.TooManyRequestsException;
import org.gluster.restapi.problems.TooManyRequestsMapper;

/**
 * The limits of the Storage Virtualize command-target conventions, before any resource runs: requests in flight on this node, requests per second
 * to the auth target, and requests per second to the commands of both surfaces. A refused request
 * costs a counter and a few comparisons, and is answered 429 with Retry-After and the limit's name.
 * Mapped to /v1/* and /rest/* in web.xml, after the request log.
 */
public class LimitFilter extends HttpFilter {

    private static final Set<String> AUTH_PATHS = Set.of("/rest/v1/auth", "/rest/auth");
    private static final String EXPLORER = "/rest/explorer";

    private final AtomicInteger inFlight = new AtomicInteger();
    private SlidingWindow authWindow;
    private SlidingWindow commandWindow;

    @Inject
    Limits limits;

    @Inject
    TooManyRequestsMapper tooMany;

    @Inject
    Clock clock;

    @Inject
    LimitTrips trips;

    @Override
    public void init() {
        authWindow = new SlidingWindow(clock);
        commandWindow = new SlidingWindow(clock);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(EXPLORER)) {
            chain.doFilter(request, response);
            return;
        }
        boolean auth = AUTH_PATHS.contains(path);
        int perSecond = auth ? limits.authPerSecond() : limits.commandsPerSecond();
        Duration wait = (auth ? authWindow : commandWindow).tryAdmit(perSecond);
        if (!wait.isZero()) {
            refuse(response, path, auth ? "auth-rate" : "command-rate", perSecond + " requests per second to the "
                    + (auth ? "auth endpoint" : "command endpoints"), SlidingWindow.retryAfterSeconds(wait));
            return;
        }
        int connections = limits.connections();
        if (inFlight.incrementAndGet() > connections) {
            inFlight.decrementAndGet();
            refuse(response, path, "connections", connections + " requests in flight on this node", 1);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void refuse(HttpServletResponse response, String path, String limit, String what, long retryAfterSeconds) {
        trips.refused(limit);
        var refused = new TooManyRequestsException(limit, "at most " + what, retryAfterSeconds);
        response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
        tooMany.problem(refused).at(path).writeTo(response);
    }
}
