package org.gluster.restapi.admin;

import java.util.concurrent.Callable;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.state.Passwords;
import org.gluster.restapi.users.control.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "user-passwd", mixinStandardHelpOptions = true,
        description = "Give a user a new random password (printed once), for the day it is lost.")
class UserPasswdCommand implements Callable<Integer> {

    @Mixin
    StateDirOption state;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        UserStore users = state.users();
        if (users.find(name).isEmpty()) {
            throw ToolException.failed("no user " + name);
        }
        String password = Passwords.randomPassword(20);
        users.resetPassword(name, password.toCharArray());
        state.tell(GatewayEvents.USER_CHANGED, "user-passwd", name);
        state.out().println(password);
        return 0;
    }
}
