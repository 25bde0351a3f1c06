package org.gluster.restapi.jobs.boundary;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;

/**
 * The asynchronous form of every long operation at a path of its own, for clients that want one
 * answer type per operation (generated ones): {@code POST /v1/async/volumes/gv0/start} is
 * {@code POST /v1/volumes/gv0/start} with {@code Prefer: respond-async}, always a 202 with the job.
 * Only changes are rewritten; a GET under /v1/async finds no route, and a change that is not a long
 * operation is refused by {@link AsyncFormMatch} before it runs. Authentication, limits and the audit
 * saw the path the client sent, before JAX-RS matches.
 */
@Provider
@PreMatching
public class AsyncForm implements ContainerRequestFilter {

    public static final String PREFIX = "v1/async/";
    static final String REWRITTEN = AsyncForm.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        rewritten(request.getMethod(), uri.getPath(false)).ifPresent(path -> {
            URI target = UriBuilder.fromUri(uri.getRequestUri())
                    .replacePath(uri.getBaseUri().getRawPath() + path).build();
            request.setRequestUri(uri.getBaseUri(), target);
            request.setProperty(REWRITTEN, Boolean.TRUE);
            request.getHeaders().putSingle(AsyncResponses.PREFER, "respond-async");
        });
    }

    /** The synchronous path of an asynchronous form (relative, raw), if {@code path} is one. */
    static Optional<String> rewritten(String method, String path) {
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)
                || path == null || !path.startsWith(PREFIX) || path.length() == PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of("v1/" + path.substring(PREFIX.length()));
    }
}
