package org.gluster.restapi.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.settings.SecuritySettings;
import org.gluster.restapi.settings.Settings;

/**
 * Seed 001's limits per node, as in force now: chsecurity's value where one was set (settings.json,
 * the same on every node), else the configured default.
 */
@ApplicationScoped
public class Limits {

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "glusterrest.limit.connections", defaultValue = "4")
    int connections;

    @Inject
    @ConfigProperty(name = "glusterrest.limit.auth-per-second", defaultValue = "3")
    int authPerSecond;

    @Inject
    @ConfigProperty(name = "glusterrest.limit.commands-per-second", defaultValue = "10")
    int commandsPerSecond;

    public int connections() {
        Integer set = settings.security().maxconnections();
        return set != null ? set : connections;
    }

    public int authPerSecond() {
        Integer set = settings.security().authratelimit();
        return set != null ? set : authPerSecond;
    }

    public int commandsPerSecond() {
        Integer set = settings.security().commandratelimit();
        return set != null ? set : commandsPerSecond;
    }

    public SecuritySettings inForce() {
        return new SecuritySettings(settings.security().tokenMinutes(), connections(), authPerSecond(),
                commandsPerSecond());
    }
}
