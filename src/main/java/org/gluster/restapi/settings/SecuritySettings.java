package org.gluster.restapi.settings;

/**
 * Security settings shared by every node (settings.json of the state directory); null means the
 * default. {@code restapitimeout} is a session token's lifetime in minutes, 10 to 120.
 */
public record SecuritySettings(Integer restapitimeout) {

    public static final int DEFAULT_RESTAPITIMEOUT = 60;

    public static SecuritySettings defaults() {
        return new SecuritySettings(null);
    }

    public int tokenMinutes() {
        return restapitimeout == null ? DEFAULT_RESTAPITIMEOUT : Math.max(10, Math.min(120, restapitimeout));
    }
}
