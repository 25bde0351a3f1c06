package org.gluster.restapi.admin;

import java.util.concurrent.Callable;
import org.gluster.restapi.apps.entity.App;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.identity.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "app-add", mixinStandardHelpOptions = true,
        description = "Register an application that signs its requests with SECRET (HS256, as in the GlusterFS REST API design).")
class AppAddCommand implements Callable<Integer> {

    @Mixin
    StateDirOption state;

    @Parameters(index = "0", paramLabel = "APP_ID")
    String appId;

    @Parameters(index = "1", paramLabel = "SECRET")
    String secret;

    @Option(names = "--group", paramLabel = "GROUP", defaultValue = Roles.ADMINISTRATOR,
            description = "Monitor, Administrator or SecurityAdmin (default: ${DEFAULT-VALUE})")
    String group;

    @Override
    public Integer call() {
        App app = new App(AppChecks.id(appId), AppChecks.secret(secret), AppChecks.group(group));
        if (!state.apps().add(app)) {
            throw ToolException.failed("app " + appId + " exists already; app-reset changes its secret");
        }
        state.tell(GatewayEvents.APP_CHANGED, "app-add", appId);
        state.out().println("app " + appId + " added (group " + group + "); it works on every node now");
        return 0;
    }
}
