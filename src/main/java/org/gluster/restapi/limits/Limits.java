package org.gluster.restapi.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;

/**
 * The limits per node of the Storage Virtualize command-target conventions, as in force now (see
 * Settings for where a value comes from).
 */
@ApplicationScoped
public class Limits {

    @Inject
    Settings settings;

    public int connections() {
        return settings.intValue(Setting.MAXCONNECTIONS);
    }

    public int authPerSecond() {
        return settings.intValue(Setting.AUTHRATELIMIT);
    }

    public int commandsPerSecond() {
        return settings.intValue(Setting.COMMANDRATELIMIT);
    }
}
