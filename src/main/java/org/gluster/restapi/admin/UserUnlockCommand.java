package org.gluster.restapi.admin;

import java.util.concurrent.Callable;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.users.control.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "user-unlock", mixinStandardHelpOptions = true, description = "End a user's lockout after bad passwords.")
class UserUnlockCommand implements Callable<Integer> {

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
        users.change(name, null, null, true);
        state.tell(GatewayEvents.USER_CHANGED, "user-unlock", name);
        state.out().println("user " + name + " is unlocked");
        return 0;
    }
}
