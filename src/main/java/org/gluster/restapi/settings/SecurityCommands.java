package org.gluster.restapi.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.auth.entity.Roles;
import org.gluster.restapi.commands.control.Invocation;
import org.gluster.restapi.limits.Limits;
import org.gluster.restapi.validation.GlusterNames;
import org.gluster.restapi.validation.InvalidInputException;

/** lssecurity (any group) and chsecurity (SecurityAdmin): the token lifetime and the limits in force. */
@ApplicationScoped
public class SecurityCommands {

    static final List<String> NAMES = List.of("restapitimeout", "maxconnections", "authratelimit", "commandratelimit");

    @Inject
    Settings settings;

    @Inject
    Limits limits;

    public List<Map<String, String>> lssecurity(Invocation call) {
        call.takesOnly(0, List.of());
        SecuritySettings now = limits.inForce();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("restapitimeout", String.valueOf(now.restapitimeout()));
        row.put("maxconnections", String.valueOf(now.maxconnections()));
        row.put("authratelimit", String.valueOf(now.authratelimit()));
        row.put("commandratelimit", String.valueOf(now.commandratelimit()));
        row.put("cliconcurrency", "1");
        return List.of(row);
    }

    public Map<String, String> chsecurity(Invocation call) {
        call.require(Roles.SECURITY_ADMIN);
        call.takesOnly(0, NAMES);
        SecuritySettings changes = new SecuritySettings(
                number(call, "restapitimeout", 10, 120), number(call, "maxconnections", 1, 256),
                number(call, "authratelimit", 1, 1000), number(call, "commandratelimit", 1, 10_000));
        if (changes.equals(SecuritySettings.defaults())) {
            throw new InvalidInputException("body", "chsecurity changes one of " + NAMES);
        }
        settings.update(old -> old.with(changes));
        return Map.of("message", "security settings changed");
    }

    private static Integer number(Invocation call, String name, int min, int max) {
        String value = call.string(name);
        return value == null ? null : Integer.valueOf(GlusterNames.count(name, value, min, max));
    }
}
