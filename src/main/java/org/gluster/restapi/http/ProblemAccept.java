package org.gluster.restapi.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;

/**
 * A client that accepts {@code application/problem+json} accepts the gateway's JSON: every answer
 * is JSON, problems are its error form. Generated clients send {@code Accept: application/problem+json}
 * alone for an operation whose only documented bodies are errors (a 204 with problems); without this,
 * a resource that produces {@code application/json} would refuse them with 406 before it ran. The
 * Accept header gets {@code application/json} with the problem type's quality, unless it names
 * {@code application/json} itself; a client that accepts neither still gets its 406 (as a problem).
 */
@Provider
@PreMatching
public class ProblemAccept implements ContainerRequestFilter {

    static final String PROBLEM = "application/problem+json";
    static final String JSON = "application/json";

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        widened(accept).ifPresent(value -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, value));
    }

    /** The Accept header with application/json added, when it names problem+json but not json. */
    static Optional<String> widened(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        String quality = null;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (type.equals(JSON)) {
                return Optional.empty();
            }
            if (type.equals(PROBLEM)) {
                quality = "1";
                for (int i = 1; i < parts.length; i++) {
                    String[] parameter = parts[i].split("=", 2);
                    if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("q")) {
                        quality = parameter[1].trim();
                    }
                }
            }
        }
        return quality == null ? Optional.empty() : Optional.of(accept + ", " + JSON + ";q=" + quality);
    }
}
