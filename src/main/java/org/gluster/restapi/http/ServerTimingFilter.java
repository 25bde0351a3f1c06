package org.gluster.restapi.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.gluster.restapi.cli.CliTime;

/** {@code Server-Timing: cli;dur=…} tells a client how much of its wait the gluster CLI took. */
@Provider
public class ServerTimingFilter implements ContainerResponseFilter {

    @Inject
    CliTime cliTime;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (cliTime.runs() > 0) {
            response.getHeaders().add("Server-Timing", String.format(Locale.ROOT, "cli;dur=%.1f;desc=\"%d run%s\"",
                    cliTime.cliMillis(), cliTime.runs(), cliTime.runs() == 1 ? "" : "s"));
        }
    }
}
