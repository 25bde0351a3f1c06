package org.gluster.restapi.http;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.gluster.restapi.identity.Caller;

/**
 * One line per request: its id (the client's X-Request-Id when it is a plain token, else a new
 * one, echoed in the response), who called, method, path without the query, status and duration;
 * never a header or a body. The same place counts requests by status. Whoever answers first calls
 * {@link #end}: the filter for requests that reached it, the authentication for those it refused.
 * The line is formatted and written by one thread of its own, in the order the requests ended; when
 * {@code glusterrest.request-log.queue} lines wait already, it is dropped and counted.
 */
@ApplicationScoped
public class RequestLog {

    public static final String HEADER = "X-Request-Id";
    private static final String ID = "glusterrest.request-id";
    private static final String STARTED = "glusterrest.request-started";
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger LOG = Logger.getLogger("org.gluster.restapi.requests");
    private static final Metadata REQUESTS = Metadata.builder().withName("glusterrest.requests")
            .withDescription("requests answered, by status").build();
    private static final Metadata DROPPED = Metadata.builder().withName("glusterrest.requests.log.dropped")
            .withDescription("request log lines dropped because the log could not keep up").build();

    /** What one line says; formatted on the writer's thread. */
    record Line(Level level, Object id, String caller, String method, String path, int status, double millis) {

        String text() {
            return String.format(Locale.ROOT, "request id=%s caller=%s method=%s path=%s status=%d ms=%.1f",
                    id, caller, method, path, status, millis);
        }
    }

    @Inject
    MetricRegistry registry;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "glusterrest.request-log.queue", defaultValue = "4096")
    int queueSize;

    private final Map<Integer, Counter> byStatus = new ConcurrentHashMap<>();
    private LogQueue<Line> lines;
    private Thread writer;

    @PostConstruct
    void start() {
        lines = new LogQueue<>(queueSize, line -> LOG.log(line.level(), line.text()));
        writer = threads.newThread(lines::run);
        writer.setName("glusterrest-request-log");
        writer.start();
    }

    @PreDestroy
    void stop() {
        writer.interrupt();
    }

    public void begin(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(ID) != null) {
            return;
        }
        String given = request.getHeader(HEADER);
        String id = given != null && CLIENT_ID.matcher(given).matches() ? given : newId();
        request.setAttribute(ID, id);
        request.setAttribute(STARTED, System.nanoTime());
        response.setHeader(HEADER, id);
    }

    public void end(HttpServletRequest request, int status) {
        Object started = request.getAttribute(STARTED);
        double millis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1e6 : -1;
        byStatus.computeIfAbsent(status, s -> registry.counter(REQUESTS, new Tag("status", String.valueOf(s)))).inc();
        Level level = isProbe(request) && status < 400 ? Level.FINE : Level.INFO;
        if (LOG.isLoggable(level) && !lines.offer(new Line(level, request.getAttribute(ID), caller(request),
                request.getMethod(), request.getRequestURI(), status, millis))) {
            registry.counter(DROPPED).inc();
        }
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id names a request, it guards
     * nothing, and {@code UUID.randomUUID()} draws from the one SecureRandom under a lock that
     * concurrent requests queue on (measured at 32 clients: Payara's request tracing takes most of
     * those waits with two UUIDs of its own per request; this id took 6 of 88).
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }

    /** Health checks and metric scrapes come every few seconds; they are counted, and logged only when they fail. */
    private static boolean isProbe(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/health") || path.startsWith("/metrics");
    }

    private static String caller(HttpServletRequest request) {
        return request.getAttribute(Caller.ATTRIBUTE) instanceof Caller c
                ? c.kind().name().toLowerCase(Locale.ROOT) + ":" + c.name() : "-";
    }
}
