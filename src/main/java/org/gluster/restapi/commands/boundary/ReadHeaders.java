package org.gluster.restapi.commands.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import org.gluster.restapi.commands.cache.ReadCache;
import org.gluster.restapi.commands.cache.ReadLedger;

/**
 * HTTP caching that tells the truth about the read cache. Every successful GET gets a strong ETag
 * (a hash of the exact body) and an {@code If-None-Match} that names it is answered 304; a read
 * answered from the cache says its {@code Age}; {@code Cache-Control} says how long the answer stays
 * fresh (a live read: what is left of the live max-age; anything else: revalidate, it is valid
 * until the pool changes); {@code Server-Timing: cache;desc=hit|miss|shared}. A request sending
 * {@code Cache-Control: no-cache} (or {@code Pragma: no-cache}) has every read run the CLI anew.
 * An event stream has no body to hash: it is left alone.
 * An entity equal to the one answered last for the same URI is not serialized and hashed again
 * ({@link PreparedBodies}).
 */
@Provider
public class ReadHeaders implements ContainerRequestFilter, ContainerResponseFilter {

    @Inject
    ReadLedger ledger;

    @Inject
    ReadCache cache;

    @Inject
    Clock clock;

    @Context
    Providers providers;

    private final PreparedBodies bodies = new PreparedBodies(64, 256 * 1024);

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.GET.equals(request.getMethod()) && (says(request.getHeaderString(HttpHeaders.CACHE_CONTROL),
                "no-cache") || says(request.getHeaderString("Pragma"), "no-cache"))) {
            ledger.revalidate();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || MediaType.SERVER_SENT_EVENTS_TYPE.isCompatible(response.getMediaType())) {
            return;
        }
        if (!ledger.empty()) {
            response.getHeaders().add("Server-Timing", "cache;desc=" + ledger.outcome());
            long age = ledger.ageSeconds(clock.instant());
            if (!"miss".equals(ledger.outcome())) {
                response.getHeaders().putSingle("Age", String.valueOf(age));
            }
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
        PreparedBodies.Prepared prepared = bodies.prepare(request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + " " + response.getMediaType(),
                response.getEntity(), () -> body(response));
        byte[] body = prepared.body();
        String tag = prepared.tag();
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    private String cacheControl() {
        if (!ledger.empty() && ledger.live()) {
            long left = cache.liveMaxAge().toSeconds() - ledger.ageSeconds(clock.instant());
            return "private, max-age=" + Math.max(0, left);
        }
        return "private, no-cache";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] body(ContainerResponseContext response) throws IOException {
        Object entity = response.getEntity();
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        MessageBodyWriter writer = providers.getMessageBodyWriter(response.getEntityClass(), response.getEntityType(),
                response.getEntityAnnotations(), response.getMediaType());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(entity, response.getEntityClass(), response.getEntityType(), response.getEntityAnnotations(),
                response.getMediaType(), response.getHeaders(), out);
        return out.toByteArray();
    }

    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(given -> given.equals("*") || given.equals(tag));
    }

    private static boolean says(String header, String directive) {
        return header != null && Arrays.stream(header.toLowerCase(Locale.ROOT).split(",")).map(String::strip)
                .anyMatch(d -> d.equals(directive) || d.equals("max-age=0"));
    }

}
