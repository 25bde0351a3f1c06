package org.gluster.restapi.admin;

import java.util.List;
import java.util.concurrent.Callable;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "config-get", mixinStandardHelpOptions = true,
        description = "Show the settings (or one), as set on the pool or by default.")
class ConfigGetCommand implements Callable<Integer> {

    @Mixin
    StateDirOption state;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME")
    String name;

    @Option(names = "--value", description = "print the value alone (for scripts)")
    boolean valueOnly;

    @Override
    public Integer call() {
        Settings settings = state.settings();
        List<Setting> shown = name == null ? List.of(Setting.values()) : List.of(Settings.named(name));
        for (Setting setting : shown) {
            String value = settings.value(setting);
            if (valueOnly) {
                state.out().println(value);
            } else {
                boolean set = settings.stored().get(setting) != null;
                state.out().printf("%-18s %-10s %s%n", setting.key, value, set ? "" : "(default)");
            }
        }
        return 0;
    }
}
