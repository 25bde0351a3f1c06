package org.gluster.restapi.admin;

import java.util.concurrent.Callable;
import org.gluster.restapi.events.entity.GatewayEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "app-reset", mixinStandardHelpOptions = true,
        description = "Give an application a new SECRET; tokens signed with the old one are refused at once.")
class AppResetCommand implements Callable<Integer> {

    @Mixin
    StateDirOption state;

    @Parameters(index = "0", paramLabel = "APP_ID")
    String appId;

    @Parameters(index = "1", paramLabel = "SECRET")
    String secret;

    @Override
    public Integer call() {
        if (!state.apps().resetSecret(AppChecks.id(appId), AppChecks.secret(secret))) {
            throw ToolException.failed("no app " + appId + "; app-add registers one");
        }
        state.tell(GatewayEvents.APP_CHANGED, "app-reset", appId);
        state.out().println("app " + appId + " has a new secret");
        return 0;
    }
}
