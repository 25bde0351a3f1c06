package org.gluster.restapi.paging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.validation.InvalidInputException;

/** Reads {@code limit} and {@code cursor}, and answers a page with its headers (see package-info). */
@ApplicationScoped
public class Paging {

    public static final String TOTAL = "X-Total-Count";
    public static final String LIMIT_SAYS = "at most this many items (1 to glusterrest.paging.max-limit, 1000); "
            + "without limit and cursor the whole list";
    public static final String CURSOR_SAYS = "continue after the page whose Link rel=\"next\" gave it (opaque)";
    public static final String PAGED = "the items, sorted by name; X-Total-Count: how many passed the filters; "
            + "Link rel=\"next\": the next page";

    @Inject
    @ConfigProperty(name = "glusterrest.paging.default-limit", defaultValue = "100")
    int defaultLimit;

    @Inject
    @ConfigProperty(name = "glusterrest.paging.max-limit", defaultValue = "1000")
    int maxLimit;

    public PageRequest request(String limit, String cursor) {
        Optional<String> after = cursor == null ? Optional.empty() : Optional.of(Cursor.key(cursor));
        if (limit == null) {
            return new PageRequest(after.isPresent() ? Math.min(defaultLimit, maxLimit) : 0, after);
        }
        int n;
        try {
            n = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > maxLimit) {
            throw new InvalidInputException("limit", "is a whole number from 1 to " + maxLimit);
        }
        return new PageRequest(n, after);
    }

    /**
     * As {@link #request}, but a request without a limit gets the default one: for a log, which is never
     * answered whole.
     */
    public PageRequest bounded(String limit, String cursor) {
        PageRequest asked = request(limit, cursor);
        return asked.paged() ? asked : new PageRequest(Math.min(defaultLimit, maxLimit), asked.after());
    }

    /** The page as a JSON array, with X-Total-Count and, when more follow, Link rel="next". */
    public static Response answer(Page<?> page, UriInfo uri) {
        return answer(page.items(), page.total(), page.next(), uri);
    }

    /**
     * {@code body} with the headers of a page; the Link's query is the request's with {@code cursor} set and
     * the {@code replaced} parameters (another way to say where to start) left out.
     */
    public static Response answer(Object body, int total, Optional<String> next, UriInfo uri, String... replaced) {
        Response.ResponseBuilder response = Response.ok(body).header(TOTAL, total);
        next.ifPresent(cursor -> {
            UriBuilder link = uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor);
            for (String parameter : replaced) {
                link.replaceQueryParam(parameter);
            }
            response.link(link.build(), "next");
        });
        return response.build();
    }

    /** A yes/no query value: 1, true, 0, false (any case); null when absent. */
    public static Boolean flag(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> true;
            case "0", "false", "no" -> false;
            default -> throw new InvalidInputException(field, "is true or false (1 or 0)");
        };
    }

    /** One of {@code known} (case-insensitive), in the case given there; null when absent. */
    public static String oneOf(String field, String value, Set<String> known) {
        if (value == null) {
            return null;
        }
        return known.stream().filter(k -> k.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "is one of " + new java.util.TreeSet<>(known)));
    }
}
