package org.gluster.restapi.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.Method.PayloadExpectation;
import org.glassfish.grizzly.http.server.HttpServerFilter;

/**
 * A Grizzly filter in each of Payara's HTTP listeners, just before the one that hands a request to the
 * web container: a request whose path the container would refuse with an empty 400 (see {@link UnservedPaths}),
 * or that has a body where its method takes none (Grizzly's codec refused those itself, empty too; it now lets
 * them through to this filter), is sent to {@link RefusedRequests} instead, with the reason and the path as it came in headers, so that
 * it gets a problem+json like every other refusal. Payara offers no public way in: the listeners are
 * reached through its service locator by reflection (see package-info); when that fails the gateway runs
 * without the guard and says so.
 */
final class PathGuard extends BaseFilter {

    @Override
    public NextAction handleRead(FilterChainContext ctx) {
        if (ctx.getMessage() instanceof HttpContent content && content.getHttpHeader() instanceof HttpRequestPacket request) {
            String uri = request.getRequestURI();
            UnservedPaths.refusal(uri).or(() -> bodyRefusal(request)).ifPresent(reason -> {
                request.setHeader(RefusedRequests.REASON, reason);
                request.setHeader(RefusedRequests.REFUSED_PATH, uri.replaceAll("[^\\x21-\\x7e]", "?"));
                request.setRequestURI(RefusedRequests.PATH);
                request.setQueryString(null);
            });
        }
        return ctx.getInvokeAction();
    }

    /**
     * A body on a method that gives it no meaning (GET, HEAD, DELETE, unknown ones), which Grizzly's HTTP codec
     * refused with an empty 400 until {@link #install} let such requests through to be refused here.
     */
    private static Optional<String> bodyRefusal(HttpRequestPacket request) {
        boolean body = request.getContentLength() > 0 || request.isChunked();
        return body && request.getMethod().getPayloadExpectation() == PayloadExpectation.UNDEFINED
                ? Optional.of("a " + request.getMethod().getMethodString() + " request takes no body here; send it"
                        + " without one") : Optional.empty();
    }

    /** Puts a guard into every HTTP listener of this Payara; the returned action takes them out again. */
    static Runnable install(List<Transport> transports) throws ReflectiveOperationException {
        List<Runnable> removals = new ArrayList<>();
        for (FilterChain chain : transports.stream().map(Transport::getProcessor).filter(FilterChain.class::isInstance)
                .map(FilterChain.class::cast).toList()) {
            int server = -1;
            for (int i = 0; i < chain.size(); i++) {
                if (chain.get(i) instanceof HttpServerFilter) {
                    server = i;
                }
            }
            if (server >= 0 && chain.stream().noneMatch(f -> f.getClass().getName().equals(PathGuard.class.getName()))) {
                PathGuard guard = new PathGuard();
                chain.add(server, guard);
                removals.add(() -> chain.remove(guard));
                for (Filter filter : chain) {
                    if (filter instanceof org.glassfish.grizzly.http.HttpServerFilter codec
                            && !codec.isAllowPayloadForUndefinedHttpMethods()) {
                        codec.setAllowPayloadForUndefinedHttpMethods(true);
                        removals.add(() -> codec.setAllowPayloadForUndefinedHttpMethods(false));
                    }
                }
            }
        }
        if (removals.isEmpty()) {
            throw new ReflectiveOperationException("no HTTP listener found");
        }
        return () -> removals.forEach(Runnable::run);
    }
}
