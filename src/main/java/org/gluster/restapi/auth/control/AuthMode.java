package org.gluster.restapi.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code glusterrest.auth}: enabled (the default) or disabled, which lets every request in as SecurityAdmin. */
@ApplicationScoped
public class AuthMode {

    public static final String DISABLED_WARNING = "AUTHENTICATION IS DISABLED (glusterrest.auth=disabled):"
            + " every request is let in with all rights";

    @Inject
    @ConfigProperty(name = "glusterrest.auth", defaultValue = "enabled")
    String auth;

    public boolean enabled() {
        return !"disabled".equalsIgnoreCase(auth.strip());
    }
}
