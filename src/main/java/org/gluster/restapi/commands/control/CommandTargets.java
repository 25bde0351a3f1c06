package org.gluster.restapi.commands.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.gluster.restapi.audit.AuditCommands;
import org.gluster.restapi.audit.AuditEvent;
import org.gluster.restapi.auth.control.TokenAuthentication;
import org.gluster.restapi.auth.entity.Caller;
import org.gluster.restapi.auth.entity.Roles;
import org.gluster.restapi.cli.CliOutput;
import org.gluster.restapi.cli.XmlJson;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.commands.catalog.Catalog;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.OwnCommand;
import org.gluster.restapi.commands.catalog.OwnCommands;
import org.gluster.restapi.settings.SecurityCommands;
import org.gluster.restapi.users.control.UserCommands;

/**
 * Seed 001's command targets: a gluster command of the catalog, run through the façade and answered
 * with its XML turned into JSON, or one of the gateway's own commands. Unknown names are a 404 that
 * lists every command; a Monitor runs only what reads.
 */
@ApplicationScoped
public class CommandTargets {

    private static final List<String> SECRET_PARAMETERS = List.of("password");

    @Inject
    CommandFacade facade;

    @Inject
    UserCommands userCommands;

    @Inject
    SecurityCommands securityCommands;

    @Inject
    AuditCommands auditCommands;

    @Inject
    HttpServletRequest request;

    private final Map<OwnCommand, Function<Invocation, Object>> own = new LinkedHashMap<>();

    @PostConstruct
    void bind() {
        own.put(OwnCommands.LSUSER, userCommands::lsuser);
        own.put(OwnCommands.MKUSER, userCommands::mkuser);
        own.put(OwnCommands.CHUSER, userCommands::chuser);
        own.put(OwnCommands.RMUSER, userCommands::rmuser);
        own.put(OwnCommands.LSUSERGRP, userCommands::lsusergrp);
        own.put(OwnCommands.LSCURRENTUSER, userCommands::lscurrentuser);
        own.put(OwnCommands.LSSECURITY, securityCommands::lssecurity);
        own.put(OwnCommands.CHSECURITY, securityCommands::chsecurity);
        own.put(OwnCommands.LSAUDITLOG, auditCommands::lsauditlog);
        if (!own.keySet().containsAll(OwnCommands.all())) {
            throw new IllegalStateException("an own command is declared but not bound");
        }
    }

    public Object run(String command, List<String> positionals, byte[] body) {
        Map<String, Object> named = JsonBody.parameters(body);
        Invocation call = new Invocation(command, positionals, named, caller());
        OwnCommand gateway = OwnCommands.find(command).orElse(null);
        if (gateway != null) {
            if (gateway.mutating()) {
                audit(call);
            }
            return own.get(gateway).apply(call);
        }
        CommandTarget target = Catalog.find(command).orElseThrow(() -> new NotFoundException("no command "
                + command + "; the commands are " + names()));
        GlusterCommand gluster = target.build(positionals, named);
        if (gluster.mutating()) {
            call.require(Roles.ADMINISTRATOR);
            audit(call);
        }
        CliOutput output = facade.execute(gluster);
        return output.root() == null ? Map.of("output", output.message()) : XmlJson.toJson(output.root());
    }

    private TreeSet<String> names() {
        TreeSet<String> names = new TreeSet<>();
        OwnCommands.all().forEach(c -> names.add(c.name()));
        Catalog.all().forEach(t -> names.add(t.name()));
        return names;
    }

    private Caller caller() {
        return request.getAttribute(TokenAuthentication.CALLER) instanceof Caller c ? c
                : new Caller(request.getRemoteUser(), Roles.MONITOR, Caller.Kind.USER, null);
    }

    private void audit(Invocation call) {
        Map<String, Object> masked = new LinkedHashMap<>(call.named());
        SECRET_PARAMETERS.forEach(secret -> masked.computeIfPresent(secret, (k, v) -> "******"));
        String arguments = String.join("/", call.positionals()) + (masked.isEmpty() ? "" : " " + masked);
        request.setAttribute(AuditEvent.ATTRIBUTE, new AuditEvent(call.command(), arguments.strip()));
    }
}
