package org.gluster.restapi.identity;

import jakarta.servlet.ServletRequest;
import java.util.Optional;

/**
 * Who a token speaks for. {@code qsh} is set for app tokens only: the hash of the request the token
 * was made for, checked once the request body has been read.
 */
public record Caller(String name, String group, Kind kind, String qsh) {

    /** The request attribute the authentication puts the caller in. */
    public static final String ATTRIBUTE = "glusterrest.caller";

    public static Optional<Caller> of(ServletRequest request) {
        return from(request.getAttribute(ATTRIBUTE));
    }

    /** The caller in a request's {@link #ATTRIBUTE} (a servlet attribute, or a JAX-RS request property). */
    public static Optional<Caller> from(Object attribute) {
        return attribute instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }

    public enum Kind { USER, APP, ANONYMOUS }
}
