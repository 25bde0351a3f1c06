package org.gluster.restapi.auth.control;

import static org.gluster.restapi.problems.AuthenticationFailedException.forbidden;
import static org.gluster.restapi.problems.AuthenticationFailedException.unauthorized;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.auth.entity.Token;
import org.gluster.restapi.problems.AuthenticationFailedException;
import org.gluster.restapi.state.Passwords;
import org.gluster.restapi.users.control.UserStore;
import org.gluster.restapi.users.entity.User;

/**
 * Username and password for a session token. {@code glusterrest.auth.max-failures} bad passwords
 * in a row lock the user for {@code glusterrest.auth.lock-seconds} (10 minutes); while locked even the right
 * password is refused. An unknown user costs the same hash as a known one.
 */
@ApplicationScoped
public class Logins {

    private static final String DECOY = Passwords.hash("decoy".toCharArray());

    @Inject
    UserStore users;

    @Inject
    SessionTokens tokens;

    @Inject
    @ConfigProperty(name = "glusterrest.auth.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "glusterrest.auth.lock-seconds", defaultValue = "600")
    long lockSeconds;

    @Inject
    Clock clock;

    public Token login(String name, String password) {
        if (name == null || name.isEmpty() || password == null) {
            throw unauthorized("send X-Auth-Username and X-Auth-Password");
        }
        Optional<User> found = users.find(name);
        boolean matches = Passwords.matches(password.toCharArray(), found.map(User::passwordHash).orElse(DECOY));
        if (found.isEmpty()) {
            throw unauthorized("invalid username or password");
        }
        User user = found.get();
        long now = clock.instant().getEpochSecond();
        if (user.lockedAt(now)) {
            throw forbidden("user " + name + " is locked for " + (user.lockedUntil() - now)
                    + " more seconds after " + maxFailures + " bad passwords in a row");
        }
        if (!matches) {
            users.recordFailure(name, maxFailures, now + lockSeconds);
            throw unauthorized("invalid username or password");
        }
        users.recordSuccess(user);
        return new Token(tokens.issue(user));
    }
}
