package org.gluster.restapi.auth.control;

import org.gluster.restapi.problems.AuthenticationFailedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.time.TestClock;
import org.gluster.restapi.users.control.UserStore;
import org.gluster.restapi.users.entity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class SessionTokensTest {

    static final Instant T0 = Instant.parse("2030-01-15T08:00:00Z");

    @TempDir
    Path state;

    final TestClock clock = new TestClock(T0);
    UserStore users;
    Settings settings;
    SessionTokens tokens;

    @BeforeEach
    void open() {
        StateFiles files = StateLocation.fixed(state, Runnable::run).get();
        users = new UserStore(files);
        users.createIfAbsent("alice", Roles.ADMINISTRATOR, "alicepassword".toCharArray(), false);
        settings = new Settings(files);
        settings.set(Setting.RESTAPITIMEOUT, "30");
        tokens = sessionTokens(files);
    }

    @Test
    void anIssuedTokenCarriesTheMicroProfileClaimsAndLivesTheSettingsMinutes() throws Exception {
        SignedJWT jwt = SignedJWT.parse(tokens.issue(alice()));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();

        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals("glusterrestd", claims.getIssuer());
        assertEquals("alice", claims.getSubject());
        assertEquals("alice", claims.getStringClaim("upn"));
        assertEquals(List.of(Roles.ADMINISTRATOR), claims.getStringListClaim("groups"));
        assertTrue(claims.getJWTID().matches("[0-9a-f]{32}"), claims.getJWTID());
        assertEquals(T0, claims.getIssueTime().toInstant());
        assertEquals(T0.plus(Duration.ofMinutes(30)), claims.getExpirationTime().toInstant());
        assertEquals(Map.of("user", "alice"), claims.getJSONObjectClaim("sv"));
    }

    @Test
    void aChangedLifetimeSettingHoldsForTheNextToken() throws Exception {
        settings.set(Setting.RESTAPITIMEOUT, "120");
        JWTClaimsSet claims = SignedJWT.parse(tokens.issue(alice())).getJWTClaimsSet();

        assertEquals(Duration.ofMinutes(120),
                Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()));
    }

    @Test
    void eachTokenHasAJtiOfItsOwn() throws Exception {
        assertNotEquals(SignedJWT.parse(tokens.issue(alice())).getJWTClaimsSet().getJWTID(),
                SignedJWT.parse(tokens.issue(alice())).getJWTClaimsSet().getJWTID());
    }

    @Test
    void aTokenIsAcceptedUntilTheInjectedClockReachesItsExpiryThenRefused403() throws Exception {
        SignedJWT jwt = SignedJWT.parse(tokens.issue(alice()));
        assertEquals(new Caller("alice", Roles.ADMINISTRATOR, Caller.Kind.USER, null), tokens.verify(jwt));

        clock.set(T0.plus(Duration.ofMinutes(30)).minusSeconds(1));
        tokens.verify(jwt);

        clock.advance(Duration.ofSeconds(1));
        assertRefused(403, "expired", () -> tokens.verify(jwt));
    }

    @Test
    void aTokenWithATamperedSignatureIsRefused() throws Exception {
        String[] parts = tokens.issue(alice()).split("\\.");
        char[] signature = parts[2].toCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        SignedJWT tampered = SignedJWT.parse(parts[0] + "." + parts[1] + "." + new String(signature));

        assertRefused(401, "signature", () -> tokens.verify(tampered));
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() throws Exception {
        users.createIfAbsent("mallory", Roles.MONITOR, "mallorypassword".toCharArray(), false);
        String[] parts = tokens.issue(users.find("mallory").orElseThrow()).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("mallory", "alice");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefused(401, "signature", () -> tokens.verify(SignedJWT.parse(forged)));
    }

    @Test
    void aTokenSignedByAnotherPoolsKeyIsRefused(@TempDir Path otherState) throws Exception {
        StateFiles other = StateLocation.fixed(otherState, Runnable::run).get();
        new UserStore(other).createIfAbsent("alice", Roles.ADMINISTRATOR, "alicepassword".toCharArray(), false);
        new Settings(other).set(Setting.RESTAPITIMEOUT, "30");
        SignedJWT foreign = SignedJWT.parse(sessionTokens(other).issue(alice()));

        assertRefused(401, "signature", () -> tokens.verify(foreign));
    }

    @Test
    void aLockedUsersTokenIsRefused403UntilTheLockEndsByTheInjectedClock() throws Exception {
        SignedJWT jwt = SignedJWT.parse(tokens.issue(alice()));
        users.recordFailure("alice", 1, T0.plusSeconds(600).getEpochSecond());

        assertRefused(403, "locked", () -> tokens.verify(jwt));
        clock.set(T0.plusSeconds(600));
        assertEquals("alice", tokens.verify(jwt).name());
    }

    @Test
    void aPasswordChangeEndsTheTokensIssuedBeforeItAndNotTheOnesAfter() throws Exception {
        SignedJWT before = SignedJWT.parse(tokens.issue(alice()));
        users.change("alice", "alicenewpassword".toCharArray(), null, false);
        SignedJWT after = SignedJWT.parse(tokens.issue(alice()));

        assertRefused(401, "password of user alice changed", () -> tokens.verify(before));
        assertEquals("alice", tokens.verify(after).name());
    }

    @Test
    void anAdministratorsPasswordResetEndsTheUsersTokens() throws Exception {
        SignedJWT before = SignedJWT.parse(tokens.issue(alice()));
        users.resetPassword("alice", "temporarypassword".toCharArray());

        assertRefused(401, "password of user alice changed", () -> tokens.verify(before));
    }

    @Test
    void aGroupChangeOrUnlockKeepsTheTokens() throws Exception {
        SignedJWT jwt = SignedJWT.parse(tokens.issue(alice()));
        users.change("alice", null, Roles.MONITOR, true);

        assertEquals(Roles.MONITOR, tokens.verify(jwt).group());
    }

    @Test
    void aTokenWithoutAPasswordVersionHoldsOnlyForAPasswordNeverChanged() throws Exception {
        SignedJWT legacy = withoutPasswordVersion(tokens.issue(alice()));
        assertEquals("alice", tokens.verify(legacy).name());

        users.change("alice", "alicenewpassword".toCharArray(), null, false);
        assertRefused(401, "password of user alice changed", () -> tokens.verify(legacy));
    }

    private SignedJWT withoutPasswordVersion(String token) throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        SignedJWT jwt = new SignedJWT(SignedJWT.parse(token).getHeader(),
                new JWTClaimsSet.Builder(claims).claim("pwv", null).build());
        SigningKey key = new SigningKey();
        key.state = StateLocation.fixed(state, Runnable::run).get();
        jwt.sign(new RSASSASigner(key.key()));
        return jwt;
    }

    private User alice() {
        return users.find("alice").orElseThrow();
    }

    private SessionTokens sessionTokens(StateFiles files) {
        SigningKey key = new SigningKey();
        key.state = files;
        SessionTokens session = new SessionTokens();
        session.signingKey = key;
        session.settings = new Settings(files);
        session.users = new UserStore(files);
        session.issuer = "glusterrestd";
        session.clock = clock;
        return session;
    }

    static void assertRefused(int status, String reason, Executable verification) {
        AuthenticationFailedException refused = assertThrows(AuthenticationFailedException.class, verification);
        assertEquals(status, refused.status(), refused.getMessage());
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
