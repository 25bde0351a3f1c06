package org.gluster.restapi.admin;

import java.util.concurrent.Callable;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "config-set", mixinStandardHelpOptions = true, description = "Change a setting on every node.")
class ConfigSetCommand implements Callable<Integer> {

    @Mixin
    StateDirOption state;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "VALUE")
    String value;

    @Override
    public Integer call() {
        Setting setting = Settings.named(name);
        String stored;
        try {
            stored = state.settings().set(setting, value);
        } catch (IllegalArgumentException e) {
            throw ToolException.usage(e.getMessage());
        }
        state.tell(GatewayEvents.SECURITY_CHANGED, "config-set", setting.key);
        state.out().println(setting.key + " is " + stored + (setting.needsRestart
                ? "; it takes effect when glusterrestd restarts (systemctl restart glusterrestd on each node)"
                : "; glusterrestd uses it from now on"));
        return 0;
    }
}
