package org.gluster.restapi.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;

/**
 * The limits per node of the Storage Virtualize command-target conventions, as in force now (see
 * Settings for where a value comes from). Consulted by every request, so read as recently read
 * ({@code Settings.recentIntValue}): a change by the admin tool or another node holds within the state's
 * recheck window (250 ms), one through this gateway at once.
 */
@ApplicationScoped
public class Limits {

    @Inject
    Settings settings;

    public int connections() {
        return settings.recentIntValue(Setting.MAXCONNECTIONS);
    }

    public int authPerSecond() {
        return settings.recentIntValue(Setting.AUTHRATELIMIT);
    }

    public int commandsPerSecond() {
        return settings.recentIntValue(Setting.COMMANDRATELIMIT);
    }
}
