package org.gluster.restapi.admin;

import java.util.concurrent.Callable;
import org.gluster.restapi.apps.entity.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "app-list", mixinStandardHelpOptions = true, description = "List the applications (never their secrets).")
class AppListCommand implements Callable<Integer> {

    @Mixin
    StateDirOption state;

    @Override
    public Integer call() {
        state.out().printf("%-32s %s%n", "APP_ID", "GROUP");
        for (App app : state.apps().all()) {
            state.out().printf("%-32s %s%n", app.id(), app.group());
        }
        return 0;
    }
}
