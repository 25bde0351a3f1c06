package org.gluster.restapi.it;

import java.nio.file.Path;
import java.util.UUID;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.users.control.UserStore;

/** Seeds users straight into a gateway's state directory (the user commands come with /rest/v1), then logs in. */
public final class Users {

    private Users() {
    }

    public static String create(Path stateDir, String name, String group) {
        String password = UUID.randomUUID().toString();
        UserStore store = new UserStore(StateLocation.fixed(stateDir, Runnable::run));
        store.remove(name);
        store.createIfAbsent(name, group, password.toCharArray(), false);
        return password;
    }

    /** A gateway that sends a fresh session token of a new user of {@code group}. */
    public static Gateway loggedIn(Gateway gateway, Path stateDir, String name, String group) {
        String password = create(stateDir, name, group);
        var answer = gateway.auth(name, password);
        if (answer.status() != 200) {
            throw new AssertionError("login of " + name + " failed: " + answer);
        }
        return gateway.withHeader("X-Auth-Token", answer.object().getString("token"));
    }
}
