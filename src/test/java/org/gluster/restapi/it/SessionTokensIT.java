package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.state.StateLocation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Storage Virtualize /auth session tokens, the container's 401/403 answers and the groups' rights. */
@ExtendWith(ArquillianExtension.class)
class SessionTokensIT {

    static final Path STATE = Deployments.stateDir(SessionTokensIT.class);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(SessionTokensIT.class, """
                glusterrest.auth.max-failures=3
                glusterrest.auth.lock-seconds=3
                """);
    }

    @ArquillianResource
    URL deployed;

    Gateway anonymous;

    @BeforeEach
    void connect() {
        anonymous = new Gateway(deployed);
        new Settings(StateLocation.fixed(STATE, Runnable::run)).resetAll();
    }

    @Test
    void superuserLogsInWithTheFirstStartPasswordAndUsesTheTokenBothWays() throws IOException {
        String password = Files.readString(STATE.resolve("superuser.password")).strip();
        var auth = anonymous.auth("superuser", password);
        assertEquals(200, auth.status(), auth::toString);
        assertTrue(auth.header("Content-Type").startsWith("application/json"), auth.header("Content-Type"));
        String token = auth.object().getString("token");

        var claims = Jwts.payload(token);
        assertEquals("superuser", claims.getJsonObject("sv").getString("user"));
        assertEquals("superuser", claims.getString("upn"));
        assertEquals(List.of(Roles.SECURITY_ADMIN), claims.getJsonArray("groups").getValuesAs(
                jakarta.json.JsonString::getString));
        assertEquals(3600, claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue());
        assertEquals(32, claims.getString("jti").length());
        assertEquals("RS256", Jwts.header(token).getString("alg"));

        assertEquals(200, anonymous.withHeader("X-Auth-Token", token).get("/v1/peers").status());
        assertEquals(200, anonymous.withHeader("Authorization", "Bearer " + token).get("/v1/peers").status());
    }

    @Test
    void theAuthTargetAnswersWithoutTheVersionToo() {
        String password = Users.create(STATE, "italias", Roles.MONITOR);
        var auth = anonymous.send(anonymous.request("/rest/auth").header("X-Auth-Username", "italias")
                .header("X-Auth-Password", password).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, auth.status(), auth::toString);
        assertNotNull(auth.object().getString("token"));
    }

    @Test
    void noTokenIs401WithWwwAuthenticate() {
        var answer = anonymous.get("/v1/volumes");
        assertEquals(401, answer.status(), answer::toString);
        assertNotNull(answer.header("WWW-Authenticate"));
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer::toString);
        assertEquals(401, answer.object().getInt("status"));
    }

    @Test
    void aMalformedTokenIs401() {
        var answer = anonymous.withHeader("X-Auth-Token", "not-a-jwt").get("/v1/volumes");
        assertEquals(401, answer.status(), answer::toString);
        assertNotNull(answer.header("WWW-Authenticate"));
    }

    @Test
    void aBadlySignedTokenIs401() {
        String token = login("itsig", Roles.MONITOR);
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(10);
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(11);
        var answer = anonymous.withHeader("X-Auth-Token", forged).get("/v1/volumes");
        assertEquals(401, answer.status(), answer::toString);
        assertTrue(answer.object().getString("detail").contains("signature"), answer::toString);
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        Instant now = Instant.now();
        String token = Jwts.session(STATE, "someone-else", "superuser", now, now.plusSeconds(600));
        var answer = anonymous.withHeader("X-Auth-Token", token).get("/v1/volumes");
        assertEquals(401, answer.status(), answer::toString);
        assertTrue(answer.object().getString("detail").contains("issued"), answer::toString);
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        long now = Instant.now().getEpochSecond();
        String token = Jwts.unsigned("{\"iss\":\"glusterrestd\",\"sub\":\"superuser\",\"iat\":%d,\"exp\":%d}"
                .formatted(now, now + 600));
        assertEquals(401, anonymous.withHeader("X-Auth-Token", token).get("/v1/volumes").status());
        assertEquals(401, anonymous.withHeader("Authorization", "Bearer " + token).get("/v1/volumes").status());
    }

    @Test
    void anExpiredSessionTokenIs403AuthorizationLost() {
        Instant past = Instant.now().minusSeconds(7200);
        String token = Jwts.session(STATE, "glusterrestd", "superuser", past, past.plusSeconds(3600));
        var answer = anonymous.withHeader("X-Auth-Token", token).get("/v1/volumes");
        assertEquals(403, answer.status(), answer::toString);
        assertTrue(answer.object().getString("detail").contains("expired"), answer::toString);
    }

    @Test
    void aMonitorReadsButCannotChangeAnything() {
        Gateway monitor = anonymous.withHeader("X-Auth-Token", login("itmonitor", Roles.MONITOR));
        assertEquals(200, monitor.get("/v1/volumes").status());
        assertEquals(200, monitor.get("/v1/peers").status());
        var refused = monitor.post("/v1/volumes", "{\"name\": \"itmon\", \"bricks\": [\"%s\"], \"force\": true}"
                .formatted(LocalGlusterd.brick("itmon", "b")));
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused::toString);
        assertEquals(403, monitor.delete("/v1/peers/somehost").status());
        assertEquals(404, anonymous.withHeader("X-Auth-Token", login("itadm", Roles.ADMINISTRATOR))
                .get("/v1/volumes/itmon").status(), "the refused create changed nothing");
    }

    @Test
    void badPasswordsInARowLockTheUserUntilTheLockEnds() throws InterruptedException {
        String password = Users.create(STATE, "itlock", Roles.MONITOR);
        for (int i = 0; i < 3; i++) {
            assertEquals(401, anonymous.auth("itlock", "wrong" + i).status());
        }
        var locked = anonymous.auth("itlock", password);
        assertEquals(403, locked.status(), locked::toString);
        assertTrue(locked.object().getString("detail").contains("locked"), locked::toString);
        Thread.sleep(3500);
        assertEquals(200, anonymous.auth("itlock", password).status(), "the lock ended");
    }

    @Test
    void anUnknownUserAndAWrongPasswordLookAlike() {
        Users.create(STATE, "itknown", Roles.MONITOR);
        var unknown = anonymous.auth("nosuchuser", "x");
        var wrong = anonymous.auth("itknown", "x");
        assertEquals(401, unknown.status());
        assertEquals(unknown.object().getString("detail"), wrong.object().getString("detail"));
    }

    @Test
    void restapitimeoutSetsTheNextTokensLifetime() {
        new Settings(StateLocation.fixed(STATE, Runnable::run)).set(Setting.RESTAPITIMEOUT, "15");
        var claims = Jwts.payload(login("ittimeout", Roles.MONITOR));
        assertEquals(15 * 60, claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue());
    }

    @Test
    void stateFilesAreReadableByTheirOwnerOnly() throws IOException {
        login("itperm", Roles.MONITOR);
        for (String file : List.of("users.json", "token-signing-key.pem", "superuser.password")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(STATE.resolve(file))),
                    file);
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(STATE)));
        assertFalse(Files.readString(STATE.resolve("users.json")).contains("\"password\""));
    }

    @Test
    void thePublicKeyIsPublishedForOtherServices() {
        var keys = anonymous.get("/.well-known/jwks.json");
        assertEquals(200, keys.status(), keys::toString);
        var key = keys.object().getJsonArray("keys").getJsonObject(0);
        assertEquals("RSA", key.getString("kty"));
        assertFalse(key.containsKey("d"), "no private part");
        assertEquals(key.getString("kid"), Jwts.header(login("itkid", Roles.MONITOR)).getString("kid"));
    }

    private String login(String name, String group) {
        String password = Users.create(STATE, name, group);
        var auth = anonymous.auth(name, password);
        assertEquals(200, auth.status(), auth::toString);
        return auth.object().getString("token");
    }
}
