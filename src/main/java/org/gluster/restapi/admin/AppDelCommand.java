package org.gluster.restapi.admin;

import java.util.concurrent.Callable;
import org.gluster.restapi.events.entity.GatewayEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "app-del", mixinStandardHelpOptions = true, description = "Remove an application; its tokens are refused at once.")
class AppDelCommand implements Callable<Integer> {

    @Mixin
    StateDirOption state;

    @Parameters(index = "0", paramLabel = "APP_ID")
    String appId;

    @Override
    public Integer call() {
        if (!state.apps().delete(AppChecks.id(appId))) {
            throw ToolException.failed("no app " + appId);
        }
        state.tell(GatewayEvents.APP_CHANGED, "app-del", appId);
        state.out().println("app " + appId + " removed");
        return 0;
    }
}
