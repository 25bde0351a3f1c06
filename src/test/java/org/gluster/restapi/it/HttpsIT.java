package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway as an operator starts it: server-config/glusterrestd on a fresh state directory makes
 * a self-signed certificate, serves HTTPS only, with HSTS, and the /auth flow works over it.
 */
class HttpsIT {

    static final Path STATE = Path.of("target/it-state/HttpsIT").toAbsolutePath();
    static Process gateway;
    static int port;
    static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        deleteTree(STATE);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder launcher = new ProcessBuilder("server-config/glusterrestd",
                "--war", System.getProperty("glusterrest.war", "target/glusterrestd.war"),
                "--micro", System.getProperty("payara.microJar", "target/payara-micro.jar"))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/HttpsIT-gateway.log").toFile());
        Map<String, String> env = launcher.environment();
        env.put("GLUSTERREST_STATE_DIR", STATE.toString());
        env.put("GLUSTERREST_PORT", String.valueOf(port));
        env.put("GLUSTERREST_BIND", "127.0.0.1");
        env.put("GLUSTERREST_RUN_DIR", Path.of("target/it-run/HttpsIT").toAbsolutePath().toString());
        gateway = launcher.start();
        Path keystore = STATE.resolve("tls/keystore.p12");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!Files.exists(STATE.resolve("tls/keystore.password")) || !Files.exists(keystore)) {
            assertTrue(gateway.isAlive() && System.nanoTime() < deadline, "the launcher made a keystore");
            Thread.sleep(100);
        }
        Thread.sleep(500);
        client = HttpClient.newBuilder().sslContext(trusting(keystore)).connectTimeout(Duration.ofSeconds(5)).build();
        while (true) {
            assertTrue(gateway.isAlive() && System.nanoTime() < deadline, "the gateway answered within 120 s");
            try {
                if (client.send(get("/.well-known/jwks.json").build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (gateway != null) {
            gateway.destroy();
            if (!gateway.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                gateway.destroyForcibly();
            }
        }
    }

    @Test
    void theAuthFlowWorksOverHttpsWithHsts() throws Exception {
        String password = Files.readString(STATE.resolve("superuser.password")).strip();
        HttpResponse<String> auth = client.send(get("/rest/v1/auth").header("X-Auth-Username", "superuser")
                .header("X-Auth-Password", password).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, auth.statusCode(), auth.body());
        assertEquals("max-age=31536000; includeSubDomains",
                auth.headers().firstValue("Strict-Transport-Security").orElse(""));
        assertEquals("application/json;charset=utf-8",
                auth.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        String token = new Gateway.Answer(auth).object().getString("token");

        HttpResponse<String> volumes = client.send(get("/v1/volumes").header("X-Auth-Token", token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, volumes.statusCode(), volumes.body());
    }

    @Test
    void everyRequestIsLoggedOnceWithItsIdAndNoSecret() throws Exception {
        String password = Files.readString(STATE.resolve("superuser.password")).strip();
        HttpResponse<String> auth = client.send(get("/rest/v1/auth").header("X-Auth-Username", "superuser")
                .header("X-Auth-Password", password).header("X-Request-Id", "it-login-1")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("it-login-1", auth.headers().firstValue("X-Request-Id").orElse(""));
        String token = new Gateway.Answer(auth).object().getString("token");
        HttpResponse<String> listed = client.send(get("/v1/volumes").header("X-Auth-Token", token)
                .header("X-Request-Id", "it-volumes-1").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listed.statusCode(), listed.body());
        HttpResponse<String> refused = client.send(get("/v1/volumes").header("X-Auth-Token", token + "x")
                .header("X-Request-Id", "it-refused-1").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        assertEquals("it-refused-1", refused.headers().firstValue("X-Request-Id").orElse(""));
        HttpResponse<String> made = client.send(get("/v1/volumes").header("X-Auth-Token", token)
                .header("X-Request-Id", "not a plain token\u00e9").build(), HttpResponse.BodyHandlers.ofString());
        String madeId = made.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(madeId.matches("[0-9a-f-]{36}"), madeId);

        List<String> expected = List.of(
                "request id=it-login-1 caller=- method=POST path=/rest/v1/auth status=200 ",
                "request id=it-volumes-1 caller=user:superuser method=GET path=/v1/volumes status=200 ",
                "request id=it-refused-1 caller=- method=GET path=/v1/volumes status=401 ",
                "request id=" + madeId + " caller=user:superuser method=GET path=/v1/volumes status=200 ");
        String log = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            log = Files.readString(Path.of("target/HttpsIT-gateway.log"));
            String current = log;
            if (expected.stream().allMatch(current::contains)) {
                break;
            }
            Thread.sleep(200);
        }
        for (String line : expected) {
            assertEquals(1, log.split(java.util.regex.Pattern.quote(line), -1).length - 1, line + " once in\n" + log);
        }
        assertFalse(log.contains(password), "the password is not logged");
        assertFalse(log.contains(token.substring(token.lastIndexOf('.') + 1)), "the token is not logged");
    }

    @Test
    void plainHttpIsNotServed() {
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/v1/volumes")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void theCertificateAndItsPasswordAreReadableByRootOnly() throws IOException {
        for (String file : new String[]{"tls/keystore.p12", "tls/keystore.password"}) {
            assertEquals("rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(STATE.resolve(file))), file);
        }
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] password = Files.readString(STATE.resolve("tls/keystore.password")).strip().toCharArray();
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("glusterrestd", store.getCertificate("glusterrestd"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
