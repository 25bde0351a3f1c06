package org.gluster.restapi.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.settings.AuthMode;
import org.gluster.restapi.state.Passwords;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.users.control.UserStore;

/**
 * At start: the token-signing key exists, and so does {@code superuser} (SecurityAdmin), whose random
 * first password is written to superuser.password (0600) in the state directory, never to the log.
 */
@ApplicationScoped
public class FirstStart {

    static final String SUPERUSER = "superuser";
    static final String PASSWORD_FILE = "superuser.password";
    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());


    @Inject
    UserStore users;

    @Inject
    SigningKey signingKey;

    @Inject
    AuthMode mode;

    @Inject
    StateLocation location;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        signingKey.key();
        if (users.find(SUPERUSER).isEmpty()) {
            String password = Passwords.randomPassword(20);
            if (users.createIfAbsent(SUPERUSER, Roles.SECURITY_ADMIN, password.toCharArray(), true)) {
                location.get().writeBytes(PASSWORD_FILE, (password + "\n").getBytes(StandardCharsets.UTF_8));
                LOG.warning(() -> "created user " + SUPERUSER + " (SecurityAdmin); its password is in "
                        + location.get().dir().resolve(PASSWORD_FILE) + " (readable by root only)");
            }
        }
        if (!mode.enabled()) {
            LOG.severe(AuthMode.DISABLED_WARNING);
        }
    }
}
