package org.gluster.restapi.settings;

/**
 * Security settings shared by every node (settings.json of the state directory), changed with
 * chsecurity; null means "not set here", and the configured default applies. {@code restapitimeout}
 * is a session token's lifetime in minutes (10 to 120); the others are seed 001's limits per node.
 */
public record SecuritySettings(Integer restapitimeout, Integer maxconnections, Integer authratelimit,
                               Integer commandratelimit) {

    public static final int DEFAULT_RESTAPITIMEOUT = 60;

    public static SecuritySettings defaults() {
        return new SecuritySettings(null, null, null, null);
    }

    public static SecuritySettings restapitimeout(int minutes) {
        return new SecuritySettings(minutes, null, null, null);
    }

    public int tokenMinutes() {
        return restapitimeout == null ? DEFAULT_RESTAPITIMEOUT : Math.max(10, Math.min(120, restapitimeout));
    }

    /** These settings with every value {@code changes} sets replacing this one's. */
    public SecuritySettings with(SecuritySettings changes) {
        return new SecuritySettings(
                changes.restapitimeout != null ? changes.restapitimeout : restapitimeout,
                changes.maxconnections != null ? changes.maxconnections : maxconnections,
                changes.authratelimit != null ? changes.authratelimit : authratelimit,
                changes.commandratelimit != null ? changes.commandratelimit : commandratelimit);
    }
}
