package org.gluster.restapi.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the gateway's own metrics from /metrics, as a Prometheus scraper would. */
final class Metrics {

    private Metrics() {
    }

    static long cliRuns(Gateway gateway) {
        return (long) value(gateway, "glusterrest_cli_runs");
    }

    /** A counter with the given tag (name="value"), 0 while it was never counted. */
    static double counter(Gateway gateway, String name, String tag) {
        var answer = gateway.get("/metrics?scope=application");
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(tag) + "[^}]*\\}\\s+([0-9.eE+-]+)$")
                .matcher(answer.body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static double value(Gateway gateway, String name) {
        var answer = gateway.get("/metrics?scope=application");
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})?\\s+([0-9.eE+-]+)$").matcher(answer.body());
        if (!m.find()) {
            throw new AssertionError("no metric " + name + " in " + answer.body());
        }
        return Double.parseDouble(m.group(1));
    }
}
