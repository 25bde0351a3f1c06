package org.gluster.restapi.webhooks.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * Where the gateway may post (see package-info): https, or http to loopback only when allowed; no user
 * information, no fragment, a bounded length; and never to an address that is link-local, the cloud
 * metadata service's, unspecified or multicast — checked on the addresses the host resolves to, when
 * the webhook is saved and again before every attempt. A refusal never quotes the URL.
 */
final class UrlPolicy {

    static final int MAX_LENGTH = 2048;
    static final String ALLOW_HTTP = "glusterrest.webhooks.allow-http-loopback";

    @FunctionalInterface
    interface Resolver {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    private static final byte[] METADATA_V4 = {(byte) 169, (byte) 254, (byte) 169, (byte) 254};
    private static final byte[] METADATA_V6 = {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0x54};

    private final boolean allowHttpLoopback;
    private final Resolver resolver;

    UrlPolicy(boolean allowHttpLoopback, Resolver resolver) {
        this.allowHttpLoopback = allowHttpLoopback;
        this.resolver = resolver;
    }

    /** The URL as saved: its form checked, and its host resolved and checked now. */
    URI checked(String url) {
        URI uri = parsed(url);
        refusal(uri).ifPresent(why -> {
            throw new InvalidInputException("url", why);
        });
        return uri;
    }

    /** Why the gateway may not post to {@code uri} now (its host resolved again), or empty. */
    Optional<String> refusal(URI uri) {
        boolean http = "http".equals(uri.getScheme());
        InetAddress[] addresses;
        try {
            addresses = resolver.all(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("its host does not resolve");
        }
        return Arrays.stream(addresses).map(a -> forbidden(a, http)).flatMap(Optional::stream).findFirst()
                .map(why -> "its host resolves to " + why);
    }

    private URI parsed(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("url", "is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw new InvalidInputException("url", "is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "is not a valid URI (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidInputException("url", "must be https://… (or http:// to a loopback address when "
                    + ALLOW_HTTP + " is true)");
        }
        if (scheme.equals("http") && !allowHttpLoopback) {
            throw new InvalidInputException("url", "must be https: http is allowed only to a loopback address and "
                    + "only when " + ALLOW_HTTP + " is true");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException("url", "must not carry user information (user:password@)");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidInputException("url", "must not have a fragment (#…)");
        }
        if (uri.getHost() == null) {
            throw new InvalidInputException("url", "must name a host");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new InvalidInputException("url", "has a port out of 1 to 65535");
        }
        return uri.getScheme().equals(scheme) ? uri : URI.create(scheme + url.substring(scheme.length()));
    }

    static Optional<String> forbidden(InetAddress given, boolean http) {
        InetAddress address = embeddedV4(given);
        byte[] bytes = address.getAddress();
        if (Arrays.equals(bytes, METADATA_V4) || Arrays.equals(bytes, METADATA_V6)) {
            return Optional.of("the cloud metadata address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("the unspecified address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (http && !address.isLoopbackAddress()) {
            return Optional.of("an address that is not loopback, and http is allowed to loopback only");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address. */
    private static InetAddress embeddedV4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        boolean compatible = Arrays.equals(Arrays.copyOf(b, 12), new byte[12]) && (b[12] != 0 || b[13] != 0);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b
                && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
        if (!compatible && !nat64) {
            return address;
        }
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
