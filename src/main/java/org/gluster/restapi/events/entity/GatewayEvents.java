package org.gluster.restapi.events.entity;

import java.util.Set;

/**
 * The names of the gateway's own events, beside GlusterFS's. Those about users, apps and security
 * settings are seen only by SecurityAdmin callers.
 */
public final class GatewayEvents {

    public static final String PREFIX = "GATEWAY_";
    public static final String USER_CHANGED = "GATEWAY_USER_CHANGED";
    public static final String APP_CHANGED = "GATEWAY_APP_CHANGED";
    public static final String SECURITY_CHANGED = "GATEWAY_SECURITY_CHANGED";
    public static final String JOB_STARTED = "GATEWAY_JOB_STARTED";
    public static final String JOB_FINISHED = "GATEWAY_JOB_FINISHED";
    public static final String JOB_FAILED = "GATEWAY_JOB_FAILED";
    public static final String LIMIT_TRIPPED = "GATEWAY_LIMIT_TRIPPED";
    public static final String WEBHOOK_DISABLED = "GATEWAY_WEBHOOK_DISABLED";
    public static final String WEBHOOK_TEST = "GATEWAY_WEBHOOK_TEST";

    public static final Set<String> SECURITY = Set.of(USER_CHANGED, APP_CHANGED, SECURITY_CHANGED);

    private GatewayEvents() {
    }

    public static boolean isSecurity(String event) {
        return SECURITY.contains(event);
    }
}
