package org.gluster.restapi.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlPolicyTest {

    final Map<String, String> dns = new HashMap<>(Map.of("hooks.example.com", "203.0.113.10",
            "localhost", "127.0.0.1", "rebound.example.com", "203.0.113.11"));

    UrlPolicy policy(boolean allowHttpLoopback) {
        return new UrlPolicy(allowHttpLoopback, host -> {
            String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            if (literal.contains(":") || literal.matches("[0-9.]+")) {
                return new InetAddress[]{InetAddress.getByName(literal)};
            }
            String address = dns.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[]{InetAddress.getByName(address)};
        });
    }

    String refusal(boolean allowHttp, String url) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> policy(allowHttp).checked(url),
                url);
        assertEquals("url", refused.field());
        assertFalse(url != null && !url.isEmpty() && refused.getMessage().contains(url),
                "the refusal quotes the URL: " + refused.getMessage());
        return refused.getMessage();
    }

    @Test
    void httpsToAPublicNameIsAccepted() {
        assertEquals(URI.create("https://hooks.example.com:8443/gluster?x=1"),
                policy(false).checked("https://hooks.example.com:8443/gluster?x=1"));
        assertEquals(URI.create("https://hooks.example.com/a"), policy(false).checked("HTTPS://hooks.example.com/a"));
    }

    @Test
    void httpIsRefusedUnlessAllowedAndThenOnlyToLoopback() {
        assertTrue(refusal(false, "http://127.0.0.1:9000/hook").contains("allow-http-loopback"));
        assertEquals(URI.create("http://127.0.0.1:9000/hook"), policy(true).checked("http://127.0.0.1:9000/hook"));
        assertEquals(URI.create("http://[::1]:9000/hook"), policy(true).checked("http://[::1]:9000/hook"));
        assertEquals(URI.create("http://localhost:9000/hook"), policy(true).checked("http://localhost:9000/hook"));
        assertTrue(refusal(true, "http://hooks.example.com/hook").contains("not loopback"));
        assertTrue(refusal(true, "http://10.0.0.5/hook").contains("not loopback"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://hooks.example.com/x|must be https",
            "/relative/path|must be https",
            "mailto:ops@example.com|must be https",
            "https://user:pw@hooks.example.com/x|user information",
            "https://token@hooks.example.com/x|user information",
            "https://hooks.example.com/x#part|fragment",
            "https://hooks.example.com:0/x|port",
            "https://under_score/x|must name a host",
            "https://no.such.example/x|does not resolve",
            "https://hooks example.com/x|not a valid URI",
            "https://169.254.10.20/x|link-local",
            "https://169.254.169.254/latest/meta-data|metadata",
            "https://[fe80::1]/x|link-local",
            "https://[febf::1]/x|link-local",
            "https://[fd00:ec2::254]/x|metadata",
            "https://[::ffff:169.254.169.254]/x|metadata",
            "https://[::169.254.169.254]/x|metadata",
            "https://[64:ff9b::169.254.169.254]/x|metadata",
            "https://0.0.0.0/x|unspecified",
            "https://[::]/x|unspecified",
            "https://224.0.0.1/x|multicast"})
    void refused(String url, String because) {
        String message = refusal(true, url);
        assertTrue(message.contains(because), url + ": " + message);
    }

    @Test
    void requiredAndBounded() {
        assertTrue(refusal(false, "").contains("required"));
        assertThrows(InvalidInputException.class, () -> policy(false).checked(null));
        String path = "a".repeat(UrlPolicy.MAX_LENGTH);
        assertTrue(refusal(false, "https://hooks.example.com/" + path).contains("longer than 2048"));
    }

    @Test
    void aPrivateAddressIsAllowedForAReceiverInsideThePoolsNetwork() {
        assertEquals(URI.create("https://10.1.2.3/x"), policy(false).checked("https://10.1.2.3/x"));
        assertEquals(URI.create("https://[fd12::1]/x"), policy(false).checked("https://[fd12::1]/x"));
    }

    @Test
    void aNameRepointedAfterItWasSavedIsRefusedAtDelivery() {
        UrlPolicy policy = policy(false);
        URI saved = policy.checked("https://rebound.example.com/hook");
        assertEquals(Optional.empty(), policy.refusal(saved));
        dns.put("rebound.example.com", "169.254.169.254");
        assertEquals(Optional.of("its host resolves to the cloud metadata address"), policy.refusal(saved));
        dns.put("rebound.example.com", "fe80::abcd");
        assertEquals(Optional.of("its host resolves to a link-local address"), policy.refusal(saved));
    }

    @Test
    void aLoopbackNameRepointedElsewhereIsRefusedOverHttp() {
        UrlPolicy policy = policy(true);
        URI saved = policy.checked("http://localhost:9000/hook");
        dns.put("localhost", "203.0.113.10");
        assertTrue(policy.refusal(saved).orElseThrow().contains("not loopback"));
    }
}
