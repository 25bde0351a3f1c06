package org.gluster.restapi.commands.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.cli.CliOutput;
import org.gluster.restapi.cli.XmlJson;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.commands.catalog.AnswerParams;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.OwnCommand;
import org.gluster.restapi.commands.entity.AuditEvent;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.problems.NotFoundException;

/**
 * The Storage Virtualize style command targets: a gluster command of the catalog, run through the façade and answered
 * with its XML turned into JSON, or one of the gateway's own commands. Unknown names are a 404 that
 * lists every command; a Monitor runs only what reads.
 */
@ApplicationScoped
public class CommandTargets {

    private static final List<String> SECRET_PARAMETERS = List.of("password");

    @Inject
    CommandFacade facade;

    @Inject
    CommandRegistry registry;

    @Inject
    HttpServletRequest request;

    public Object run(String command, List<String> positionals, byte[] body) {
        Map<String, Object> named = JsonBody.parameters(body);
        Invocation call = new Invocation(command, positionals, named, caller());
        OwnCommand gateway = registry.ownCommand(command).orElse(null);
        if (gateway != null) {
            call.takesOnly(gateway);
            gateway.onAnswer().stream().filter(p -> named.get(p.name()) != null)
                    .forEach(p -> AnswerParams.check(p, p.name(), named.get(p.name())));
            if (gateway.mutating()) {
                audit(call);
            }
            Object rows = registry.run(gateway, call);
            Object filter = named.get(AnswerParams.FILTERVALUE);
            return filter == null ? rows : AnswerFilter.rows(rows, (String) filter);
        }
        CommandTarget target = registry.target(command).orElseThrow(() -> new NotFoundException("no command "
                + command + "; the commands are " + registry.names()));
        GlusterCommand gluster = target.build(positionals, named);
        if (gluster.mutating()) {
            call.require(Roles.ADMINISTRATOR);
            audit(call);
        }
        CliOutput output = facade.execute(gluster);
        if (output.root() == null) {
            return Map.of("output", output.message());
        }
        Object filter = named.get(AnswerParams.FILTERVALUE);
        return filter == null ? XmlJson.toJson(output.root()) : AnswerFilter.apply(XmlJson.toJson(output.root()),
                (String) filter);
    }

    private Caller caller() {
        return Caller.of(request).orElseGet(() -> new Caller(request.getRemoteUser(), Roles.MONITOR, Caller.Kind.USER, null));
    }

    private void audit(Invocation call) {
        Map<String, Object> masked = new LinkedHashMap<>(call.named());
        SECRET_PARAMETERS.forEach(secret -> masked.computeIfPresent(secret, (k, v) -> "******"));
        String arguments = String.join("/", call.positionals()) + (masked.isEmpty() ? "" : " " + masked);
        request.setAttribute(AuditEvent.ATTRIBUTE, new AuditEvent(call.command(), arguments.strip()));
    }
}
