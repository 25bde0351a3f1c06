package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.gluster.restapi.apps.control.AppStore;
import org.gluster.restapi.apps.entity.App;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.state.StateLocation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The GlusterFS REST API design's app-signed tokens with qsh, and the attacks they must resist. */
@ExtendWith(ArquillianExtension.class)
class AppTokensIT {

    static final Path STATE = Deployments.stateDir(AppTokensIT.class);
    static final String APP = "myapp";
    static final String SECRET = "myappsecret";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(AppTokensIT.class);
    }

    @ArquillianResource
    URL deployed;

    Gateway anonymous;
    AppStore apps;

    @BeforeEach
    void register() {
        anonymous = new Gateway(deployed);
        apps = new AppStore(StateLocation.fixed(STATE, Runnable::run));
        apps.put(new App(APP, SECRET, Roles.ADMINISTRATOR));
    }

    @Test
    void theRestApiDesignsPythonExampleGetsTheVolumeList() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", "src/test/python/restapi_design_client.py").redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("BASE_URL", "http://localhost:" + deployed.getPort());
        pb.environment().put("APP_ID", APP);
        pb.environment().put("APP_SECRET", SECRET);
        Process client = pb.start();
        try {
            assertTrue(client.waitFor(60, TimeUnit.SECONDS), "the Python client finished");
            String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(out.startsWith("200\n["), out);
        } finally {
            client.destroyForcibly();
        }
    }

    @Test
    void aTokenIsGoodForTheOneRequestItWasMadeFor() {
        Gateway signed = bearer(Jwts.app(APP, SECRET, "GET\n/v1/volumes"));
        assertEquals(200, signed.get("/v1/volumes").status());
        var otherPath = signed.get("/v1/peers");
        assertEquals(401, otherPath.status(), otherPath::toString);
        assertTrue(otherPath.object().getString("detail").contains("qsh"), otherPath::toString);
        assertEquals(401, signed.get("/v1/volumes?status=1").status());
        assertEquals(200, bearer(Jwts.app(APP, SECRET, "GET\n/v1/volumes\nstatus=1")).get("/v1/volumes?status=1")
                .status());
    }

    @Test
    void aBodyThatHashesRightStartsAVolumeAndAChangedBodyIsRefused() {
        String name = "itapp";
        Gateway admin = Users.loggedIn(anonymous, STATE, "itappadmin", Roles.ADMINISTRATOR);
        if (admin.get("/v1/volumes/" + name).status() == 200) {
            admin.post("/v1/volumes/" + name + "/stop", "{\"force\": true}");
            admin.delete("/v1/volumes/" + name);
        }
        assertEquals(201, admin.post("/v1/volumes", "{\"name\": \"%s\", \"bricks\": [\"%s\"], \"force\": true}"
                .formatted(name, LocalGlusterd.brick(name, "b"))).status());

        String body = "{\"force\": true}";
        String path = "/v1/volumes/" + name + "/start";
        Gateway signed = bearer(Jwts.app(APP, SECRET, "POST\n" + path + "\n" + body));
        var tampered = signed.post(path, "{\"force\": false}");
        assertEquals(401, tampered.status(), tampered::toString);
        var started = signed.post(path, body);
        assertEquals(200, started.status(), started::toString);
        assertEquals("Started", started.object().getString("status"));

        admin.post("/v1/volumes/" + name + "/stop", "{\"force\": true}");
        assertEquals(204, admin.delete("/v1/volumes/" + name).status());
    }

    @Test
    void everyClaimIsChecked() {
        long now = Instant.now().getEpochSecond();
        String qsh = "GET\n/v1/volumes";
        assertRefused(Jwts.app("nosuchapp", SECRET, qsh), "registered app");
        assertRefused(Jwts.app(APP, "wrongsecret", qsh), "signature");
        assertRefused(Jwts.app(APP, SECRET, qsh, now - 3600, now - 600), "expired");
        assertRefused(Jwts.app(APP, SECRET, qsh, now + 600, now + 900), "future");
        assertRefused(Jwts.app(APP, SECRET, qsh, now, now + 7200), "longer");
        assertRefused(Jwts.hs256("{\"alg\":\"HS256\"}", "{\"iss\":\"%s\",\"iat\":%d,\"exp\":%d}"
                .formatted(APP, now, now + 60), SECRET.getBytes(StandardCharsets.UTF_8)), "qsh");
        assertRefused(Jwts.hs256("{\"alg\":\"HS256\"}", "{\"iss\":\"%s\",\"exp\":%d,\"qsh\":\"%s\"}"
                .formatted(APP, now + 60, Jwts.qsh(qsh)), SECRET.getBytes(StandardCharsets.UTF_8)), "iat");
    }

    @Test
    void attacksAreRefused() throws IOException {
        long now = Instant.now().getEpochSecond();
        String qsh = "GET\n/v1/volumes";
        assertRefused(Jwts.unsigned("{\"iss\":\"%s\",\"iat\":%d,\"exp\":%d,\"qsh\":\"%s\"}"
                .formatted(APP, now, now + 60, Jwts.qsh(qsh))), "");

        byte[] publicKey = anonymous.get("/.well-known/jwks.json").body().getBytes(StandardCharsets.UTF_8);
        String confused = Jwts.hs256("{\"alg\":\"HS256\"}", "{\"iss\":\"glusterrestd\",\"sub\":\"superuser\",\"iat\":%d,"
                + "\"exp\":%d,\"qsh\":\"%s\"}".formatted(now, now + 60, Jwts.qsh(qsh)), publicKey);
        assertRefused(confused, "");
        byte[] pem = Files.readAllBytes(STATE.resolve("token-signing-key.pem"));
        assertRefused(Jwts.hs256("{\"alg\":\"HS256\"}", "{\"iss\":\"glusterrestd\",\"sub\":\"superuser\",\"iat\":%d,"
                + "\"exp\":%d,\"qsh\":\"%s\"}".formatted(now, now + 60, Jwts.qsh(qsh)), pem), "");

        String appToken = Jwts.app(APP, SECRET, qsh);
        assertEquals(401, anonymous.withHeader("X-Auth-Token", appToken).get("/v1/volumes").status(),
                "an app token is no session token");
        String session = Jwts.session(STATE, "glusterrestd", "superuser", Instant.now(), Instant.now().plusSeconds(60));
        String sessionAsApp = session.split("\\.")[0].replace(Jwts.encode("{\"typ\":\"JWT\",\"alg\":\"RS256\"}"),
                Jwts.encode("{\"typ\":\"JWT\",\"alg\":\"HS256\"}")) + "." + session.split("\\.", 2)[1];
        assertRefused(sessionAsApp, "");
        assertRefused(Jwts.app(APP, SECRET, qsh).substring(0, 40), "");

        try {
            var huge = bearer("x".repeat(100_000)).get("/v1/volumes");
            assertTrue(huge.status() == 401 || huge.status() == 400 || huge.status() == 413 || huge.status() == 431,
                    huge::toString);
        } catch (IllegalStateException closedByTheServer) {
            assertTrue(closedByTheServer.getMessage().contains("did not answer"), closedByTheServer::getMessage);
        }
    }

    /** A slice of the attack matrix (TokenAttackMatrixTest) through the real WAR: the wiring holds what the unit proves. */
    @Test
    void theAttackMatrixHoldsThroughTheContainer() {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"%s\",\"iat\":%s,\"exp\":%s,\"qsh\":\"%s\"}";
        String qsh = Jwts.qsh("GET\n/v1/volumes");
        String withKid = Jwts.hs256("{\"alg\":\"HS256\",\"kid\":\"" + APP + "\"}",
                claims.formatted(APP, now, now + 60, qsh), SECRET.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, bearer(withKid).get("/v1/volumes").status(), "a kid naming the app itself is fine");

        assertRefused(Jwts.hs256("{\"alg\":\"HS256\",\"crit\":[\"glusterrest\"],\"glusterrest\":1}",
                claims.formatted(APP, now, now + 60, qsh), SECRET.getBytes(StandardCharsets.UTF_8)), "crit");
        assertRefused(Jwts.hs256("{\"alg\":\"HS256\",\"jku\":\"https://attacker.example/jwks\"}",
                claims.formatted(APP, now, now + 60, qsh), SECRET.getBytes(StandardCharsets.UTF_8)), "jku");
        assertRefused(Jwts.hs256("{\"alg\":\"HS256\"}", claims.formatted(APP, now + ".5", now + 60, qsh),
                SECRET.getBytes(StandardCharsets.UTF_8)), "iat");
        assertRefused(Jwts.unsigned(claims.formatted(APP, now, now + 60, qsh)).replace(
                Jwts.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}"), Jwts.encode("{\"alg\":\"NoNe\"}")), "");

        String wrapped = Jwts.poolSigned(STATE, "{\"alg\":\"RS256\"}", "{\"iss\":\"glusterrestd\",\"sub\":\"superuser\","
                + "\"iat\":" + now + ",\"exp\":9223372036854775808}");
        for (Gateway sent : java.util.List.of(anonymous.withHeader("X-Auth-Token", wrapped), bearer(wrapped))) {
            var answer = sent.get("/v1/volumes");
            assertEquals(401, answer.status(), answer::toString);
            assertTrue(answer.object().getString("detail").contains("exp"), answer::toString);
            assertEquals("application/problem+json", answer.header("Content-Type").split(";")[0], answer::toString);
        }

        String good = Jwts.app(APP, SECRET, "GET\n/v1/volumes");
        var twice = anonymous.send(anonymous.request("/v1/volumes").header("Authorization", "Bearer " + good)
                .header("Authorization", "Bearer " + good).GET());
        assertEquals(401, twice.status(), twice::toString);
        assertTrue(twice.object().getString("detail").contains("once"), twice::toString);
    }

    @Test
    void aDeletedAppOrAResetSecretIsRefusedAtOnce() {
        apps.put(new App("itgone", "gonesecret", Roles.MONITOR));
        String token = Jwts.app("itgone", "gonesecret", "GET\n/v1/volumes");
        assertEquals(200, bearer(token).get("/v1/volumes").status());
        apps.put(new App("itgone", "newsecret", Roles.MONITOR));
        assertEquals(401, bearer(token).get("/v1/volumes").status(), "old secret refused after reset");
        assertEquals(200, bearer(Jwts.app("itgone", "newsecret", "GET\n/v1/volumes")).get("/v1/volumes").status());
        apps.delete("itgone");
        assertEquals(401, bearer(Jwts.app("itgone", "newsecret", "GET\n/v1/volumes")).get("/v1/volumes").status());
    }

    @Test
    void anAppActsWithItsGroupsRights() {
        apps.put(new App("itreader", "readersecret", Roles.MONITOR));
        String body = "{\"host\": \"somehost\"}";
        var refused = bearer(Jwts.app("itreader", "readersecret", "POST\n/v1/peers\n" + body)).post("/v1/peers", body);
        assertEquals(403, refused.status(), refused::toString);
    }

    private Gateway bearer(String token) {
        return anonymous.withHeader("Authorization", "Bearer " + token);
    }

    private void assertRefused(String token, String reason) {
        var answer = bearer(token).get("/v1/volumes");
        assertEquals(401, answer.status(), answer::toString);
        if (!reason.isEmpty()) {
            assertTrue(answer.object().getString("detail").contains(reason), answer::toString);
        }
    }
}
