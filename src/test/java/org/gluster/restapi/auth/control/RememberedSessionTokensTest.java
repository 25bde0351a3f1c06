package org.gluster.restapi.auth.control;

import static org.gluster.restapi.auth.control.SessionTokensTest.T0;
import static org.gluster.restapi.auth.control.SessionTokensTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.time.TestClock;
import org.gluster.restapi.users.control.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RememberedSessionTokensTest {

    @TempDir
    Path state;

    final TestClock clock = new TestClock(T0);
    StateFiles files;
    UserStore users;
    VerifiedTokens verified;
    SessionTokens tokens;
    int verifications;

    @BeforeEach
    void open() {
        files = StateLocation.fixed(state, Runnable::run).get();
        users = new UserStore(files);
        users.createIfAbsent("alice", Roles.ADMINISTRATOR, "alicepassword".toCharArray(), false);
        new Settings(files).set(Setting.RESTAPITIMEOUT, "30");
        verified = new VerifiedTokens();
        verified.capacity = 100;
        tokens = countingSessionTokens(files);
    }

    @Test
    void aTokenIsVerifiedOnceThenItsCallerIsRemembered() {
        Caller first = verify(alicesToken());
        Caller again = verify(lastToken);

        assertEquals(new Caller("alice", Roles.ADMINISTRATOR, Caller.Kind.USER, null), again);
        assertEquals(first, again);
        assertEquals(1, verifications);
    }

    @Test
    void aRememberedTokenIsRefused403AtItsExpByTheInjectedClock() {
        verify(alicesToken());
        clock.set(T0.plus(Duration.ofMinutes(30)).minusSeconds(1));
        verify(lastToken);
        assertEquals(1, verifications);

        clock.advance(Duration.ofSeconds(1));
        assertRefused(403, "expired", () -> verify(lastToken));
        assertEquals(2, verifications);
    }

    @Test
    void atMostTheConfiguredNumberOfTokensAreRemembered() {
        verified.capacity = 2;
        List<String> three = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            three.add(alicesToken());
            verify(three.get(i));
        }
        assertTrue(verified.size() <= 2, verified.size() + " remembered");

        three.forEach(this::verify);
        assertTrue(verifications >= 4, "a token pushed out is verified again: " + verifications);
    }

    @Test
    void aChangedPasswordHasARememberedTokenVerifiedAgainAndRefused() {
        verify(alicesToken());
        users.change("alice", "newpassword".toCharArray(), null, false);

        SessionTokensTest.assertRefused(401, "password of user alice changed", () -> verify(lastToken));
        assertEquals(2, verifications);
    }

    @Test
    void aChangedGroupHoldsForTheNextRequestOfARememberedToken() {
        verify(alicesToken());
        users.change("alice", null, Roles.MONITOR, false);

        assertEquals(Roles.MONITOR, verify(lastToken).group());
    }

    @Test
    void aLockedUsersRememberedTokenIsRefused403() {
        verify(alicesToken());
        users.recordFailure("alice", 1, T0.plusSeconds(600).getEpochSecond());

        assertRefused(403, "locked", () -> verify(lastToken));
    }

    @Test
    void aDeletedUsersRememberedTokenIsRefused401() {
        verify(alicesToken());
        users.remove("alice");

        assertRefused(401, "no longer exists", () -> verify(lastToken));
    }

    @Test
    void aChangeOfTheUserOnAnotherNodeHoldsForTheNextRequest() {
        verify(alicesToken());
        new UserStore(anotherNode()).change("alice", null, Roles.MONITOR, false);

        assertEquals(Roles.MONITOR, verify(lastToken).group());
        assertEquals(2, verifications);
    }

    @Test
    void aSigningKeyReplacedOnAnotherNodeRefusesTheRememberedToken(@TempDir Path otherPool) {
        verify(alicesToken());
        SigningKey otherKey = new SigningKey();
        otherKey.state = StateLocation.fixed(otherPool, Runnable::run).get();
        otherKey.key();
        byte[] pem = otherKey.state.get().readBytes(SigningKey.FILE).orElseThrow();

        anotherNode().writeBytes(SigningKey.FILE, pem);

        assertRefused(401, "signature", () -> verify(lastToken));
    }

    @Test
    void appTokensAreNotRemembered() throws Exception {
        Credentials credentials = new Credentials();
        credentials.sessionTokens = tokens;
        credentials.appTokens = new AppTokens() {
            @Override
            public Caller verify(SignedJWT jwt) {
                return new Caller("monitoring", Roles.MONITOR, Caller.Kind.APP, "qsh");
            }
        };
        String app = "Bearer " + AppTokensTest.token("{\"alg\":\"HS256\"}",
                AppTokensTest.claims("monitoring", T0, T0.plusSeconds(300), "qsh"), "secret").serialize();

        credentials.authenticate(null, app);
        credentials.authenticate(null, "Bearer " + alicesToken());

        assertEquals(1, verified.size());
    }

    private String lastToken;

    private String alicesToken() {
        lastToken = tokens.issue(users.find("alice").orElseThrow());
        return lastToken;
    }

    private Caller verify(String token) {
        try {
            return tokens.verify(token, SignedJWT.parse(token));
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** The same state directory as another node sees it: its own StateLocation, cache and locks. */
    private StateFiles anotherNode() {
        return StateLocation.fixed(state, Runnable::run).get();
    }

    private SessionTokens countingSessionTokens(StateFiles files) {
        SigningKey key = new SigningKey();
        key.state = files;
        SessionTokens session = new SessionTokens() {
            @Override
            Verified check(SignedJWT jwt) {
                verifications++;
                return super.check(jwt);
            }
        };
        session.signingKey = key;
        session.settings = new Settings(files);
        session.users = new UserStore(files);
        session.verifiedTokens = verified;
        session.issuer = "glusterrestd";
        session.clock = clock;
        return session;
    }
}
