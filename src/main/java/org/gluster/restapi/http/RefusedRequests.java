package org.gluster.restapi.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.gluster.restapi.problems.Problem;
import org.gluster.restapi.problems.StateStalledMapper;
import org.gluster.restapi.problems.StateUnavailableMapper;
import org.gluster.restapi.state.StateStalledException;

/**
 * The answer, as application/problem+json, to requests that the container refuses before the gateway's
 * code could: the error page of a 400 or 405 that the container or Jersey sent with {@code sendError} (web.xml;
 * Jersey does so for a Content-Type header that is not one media type, a servlet for a method it does not take); the path to which {@link PathGuard}
 * sends a request that the container would refuse with an empty 400; and the error page of the state
 * storage's failure when it escapes a servlet filter or the authentication (limits and auth read the settings
 * there), which would otherwise be Payara's HTML 500: a 503 as the JAX-RS mappers answer it.
 */
@WebServlet(urlPatterns = RefusedRequests.PATH)
public class RefusedRequests extends HttpServlet {

    static final String PATH = "/problems/refused";
    static final String REASON = "X-Glusterrest-Refused";
    static final String REFUSED_PATH = "X-Glusterrest-Refused-Path";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Optional<UncheckedIOException> state = stateFailure(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        Problem problem;
        if (state.isPresent()) {
            problem = (state.get() instanceof StateStalledException stalled ? new StateStalledMapper().problem(stalled)
                    : new StateUnavailableMapper().problem(state.get()))
                    .at(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
            response.setHeader("Retry-After", "10");
        } else if (status instanceof Integer code) {
            String detail = (code == 400 ? contentTypeProblem(request) : Optional.<String>empty())
                    .orElseGet(() -> message(request));
            Response.Status known = Response.Status.fromStatusCode(code);
            problem = Problem.of(code, code == 400 ? "Invalid request" : known != null ? known.getReasonPhrase() : "Refused",
                    detail)
                    .at(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        } else if (request.getHeader(REASON) != null) {
            problem = Problem.of(400, "Invalid request", request.getHeader(REASON)).at(request.getHeader(REFUSED_PATH));
        } else {
            problem = Problem.of(404, "Not found", "no resource at " + PATH).at(PATH);
        }
        response.setHeader("Cache-Control", "no-store");
        problem.writeTo(response);
    }

    /** The state storage's failure that a servlet filter or the authentication let out, if that was it. */
    private static Optional<UncheckedIOException> stateFailure(Object thrown) {
        for (Object cause = thrown; cause instanceof Throwable t; cause = t.getCause() == t ? null : t.getCause()) {
            if (cause instanceof UncheckedIOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    /** A Content-Type sent more than once or that is not one media type (what makes Jersey send a bare 400). */
    static Optional<String> contentTypeProblem(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders("Content-Type"));
        if (values.size() > 1) {
            return Optional.of("the Content-Type header is sent " + values.size() + " times; send it once");
        }
        try {
            if (!values.isEmpty()) {
                MediaType.valueOf(values.get(0));
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("the Content-Type header is not one media type (such as application/json): "
                    + printable(values.get(0)));
        }
    }

    private static String message(HttpServletRequest request) {
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return message == null || message.toString().isBlank() || message.toString().equals("Bad Request")
                ? "the request is not valid HTTP for this server (its request line or headers)" : message.toString();
    }

    private static String printable(String value) {
        String shown = value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return shown.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
