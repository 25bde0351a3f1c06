package org.gluster.restapi.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;

/**
 * The auth setting ({@code gluster-restapi config-set auth}, default {@code glusterrest.auth}):
 * enabled, or disabled, which lets every request in as SecurityAdmin. Consulted by every request, so
 * read as recently read: a change by the admin tool or another node holds within the state's recheck
 * window, one through this gateway at once.
 */
@ApplicationScoped
public class AuthMode {

    public static final String DISABLED_WARNING = "AUTHENTICATION IS DISABLED (auth disabled):"
            + " every request is let in with all rights";

    @Inject
    Settings settings;

    public boolean enabled() {
        return !"disabled".equals(settings.recentValue(Setting.AUTH));
    }
}
