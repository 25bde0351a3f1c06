package org.gluster.restapi.admin;

import java.util.concurrent.Callable;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "config-reset", mixinStandardHelpOptions = true, description = "Put a setting (or all) back to its default.")
class ConfigResetCommand implements Callable<Integer> {

    @Mixin
    StateDirOption state;

    @Parameters(index = "0", paramLabel = "NAME|all")
    String name;

    @Override
    public Integer call() {
        Settings settings = state.settings();
        if ("all".equals(name)) {
            settings.resetAll();
            state.tell(GatewayEvents.SECURITY_CHANGED, "config-reset", "all");
            state.out().println("every setting is back to its default; port and https take effect when glusterrestd"
                    + " restarts");
            return 0;
        }
        Setting setting = Settings.named(name);
        settings.reset(setting);
        state.tell(GatewayEvents.SECURITY_CHANGED, "config-reset", setting.key);
        state.out().println(setting.key + " is back to " + settings.value(setting)
                + (setting.needsRestart ? "; it takes effect when glusterrestd restarts" : ""));
        return 0;
    }
}
