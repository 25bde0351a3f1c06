package org.gluster.restapi.auth.control;

import org.gluster.restapi.problems.AuthenticationFailedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gluster.restapi.apps.control.AppStore;
import org.gluster.restapi.apps.entity.App;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.time.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class AppTokensTest {

    static final Instant T0 = Instant.parse("2030-01-15T08:00:00Z");
    static final String SECRET = "hello world";
    static final String HS256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    static final String QSH = Qsh.of("GET", "/v1/volumes", null, new byte[0]);

    @TempDir
    Path state;

    final TestClock clock = new TestClock(T0);
    final AppTokens tokens = new AppTokens();

    @BeforeEach
    void registerApp() {
        AppStore apps = new AppStore(StateLocation.fixed(state, Runnable::run).get());
        apps.put(new App("monitoring", SECRET, Roles.MONITOR));
        tokens.apps = apps;
        tokens.clock = clock;
        tokens.clockSkewSeconds = 60;
        tokens.maxLifetimeSeconds = 3600;
    }

    @Test
    void aTokenSignedHs256WithTheAppsSecretSpeaksForTheApp() throws Exception {
        Caller caller = tokens.verify(token(HS256, claims("monitoring", T0, T0.plusSeconds(300), QSH), SECRET));

        assertEquals(new Caller("monitoring", Roles.MONITOR, Caller.Kind.APP, QSH), caller);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        assertRefused("signature does not verify", () -> tokens.verify(
                token(HS256, claims("monitoring", T0, T0.plusSeconds(300), QSH), "hello worle")));
    }

    @Test
    void theSameTokenIsRefusedOnceTheInjectedClockPassesItsExpiryAndTheSkew() throws Exception {
        SignedJWT jwt = token(HS256, claims("monitoring", T0, T0.plusSeconds(300), QSH), SECRET);
        clock.set(T0.plusSeconds(300 + 60));
        tokens.verify(jwt);

        clock.advance(Duration.ofSeconds(1));
        assertRefused("expired (exp)", () -> tokens.verify(jwt));
    }

    @Test
    void aTokenIssuedFurtherInTheFutureThanTheSkewIsRefused() throws Exception {
        tokens.verify(token(HS256, claims("monitoring", T0.plusSeconds(60), T0.plusSeconds(300), QSH), SECRET));

        assertRefused("in the future", () -> tokens.verify(
                token(HS256, claims("monitoring", T0.plusSeconds(61), T0.plusSeconds(300), QSH), SECRET)));
    }

    @Test
    void aTokenLivingLongerThanTheMaximumIsRefused() {
        assertRefused("lives longer", () -> tokens.verify(
                token(HS256, claims("monitoring", T0, T0.plusSeconds(3601), QSH), SECRET)));
    }

    @Test
    void aTokenWithoutQshIatOrExpIsRefused() {
        long now = T0.getEpochSecond();
        assertRefused("lacks qsh", () -> tokens.verify(token(HS256,
                "{\"iss\":\"monitoring\",\"iat\":%d,\"exp\":%d}".formatted(now, now + 300), SECRET)));
        assertRefused("lacks iat", () -> tokens.verify(token(HS256,
                "{\"iss\":\"monitoring\",\"exp\":%d,\"qsh\":\"%s\"}".formatted(now + 300, QSH), SECRET)));
        assertRefused("lacks exp", () -> tokens.verify(token(HS256,
                "{\"iss\":\"monitoring\",\"iat\":%d,\"qsh\":\"%s\"}".formatted(now, QSH), SECRET)));
    }

    @Test
    void aTokenMadeForAnotherRequestCarriesAQshThatThisRequestDoesNotMatch() throws Exception {
        String forPeers = Qsh.of("GET", "/v1/peers", null, new byte[0]);
        Caller caller = tokens.verify(token(HS256, claims("monitoring", T0, T0.plusSeconds(300), forPeers), SECRET));

        assertFalse(Qsh.matches(caller.qsh(), QSH));
        assertTrue(Qsh.matches(caller.qsh(), forPeers));
    }

    @Test
    void aTokenOfAnUnknownAppOrWithoutIssIsRefused() {
        assertRefused("no registered app", () -> tokens.verify(
                token(HS256, claims("nosuchapp", T0, T0.plusSeconds(300), QSH), SECRET)));
        long now = T0.getEpochSecond();
        assertRefused("lacks iss", () -> tokens.verify(token(HS256,
                "{\"iat\":%d,\"exp\":%d,\"qsh\":\"%s\"}".formatted(now, now + 300, QSH), SECRET)));
    }

    @Test
    void aTokenSignedWithAnotherAlgorithmIsRefused() {
        assertRefused("signed HS256", () -> tokens.verify(
                token("{\"alg\":\"HS512\"}", claims("monitoring", T0, T0.plusSeconds(300), QSH), SECRET)));
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefusedBeforeAnyAppIsLookedUp() {
        Credentials credentials = new Credentials();
        credentials.appTokens = tokens;
        String claims = claims("monitoring", T0, T0.plusSeconds(300), QSH);
        String unsigned = b64("{\"alg\":\"none\"}") + "." + b64(claims) + ".";

        assertRefused("not a signed JWT", () -> credentials.authenticate(null, "Bearer " + unsigned));
        assertRefused("not a signed JWT", () -> credentials.authenticate(null, "Bearer " + unsigned + "c2ln"));
    }

    static void assertRefused(String reason, Executable verification) {
        AuthenticationFailedException refused = assertThrows(AuthenticationFailedException.class, verification);
        assertEquals(401, refused.status(), refused.getMessage());
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    static String claims(String iss, Instant iat, Instant exp, String qsh) {
        return "{\"iss\":\"%s\",\"iat\":%d,\"exp\":%d,\"qsh\":\"%s\"}".formatted(iss, iat.getEpochSecond(),
                exp.getEpochSecond(), qsh);
    }

    static SignedJWT token(String header, String claims, String secret) throws Exception {
        String input = b64(header) + "." + b64(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signature = mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        return SignedJWT.parse(input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
