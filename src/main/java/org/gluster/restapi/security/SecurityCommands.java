package org.gluster.restapi.security;

import static org.gluster.restapi.commands.catalog.Param.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.OwnCommand;
import org.gluster.restapi.commands.control.Invocation;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.validation.InvalidInputException;

/** lssecurity (any group) and chsecurity (SecurityAdmin): the token lifetime and the limits in force. */
@ApplicationScoped
public class SecurityCommands implements CommandFamily {

    public static final OwnCommand LSSECURITY = OwnCommand.list("lssecurity", "the pool's security settings and limits",
            List.of(), List.of("restapitimeout", "maxconnections", "authratelimit", "commandratelimit", "cliconcurrency"));
    public static final OwnCommand CHSECURITY = new OwnCommand("chsecurity",
            "change security settings and limits for the whole pool (SecurityAdmin)", true, List.of(), List.of(
            value("restapitimeout", null, "session token lifetime, minutes (10 to 120)"),
            value("maxconnections", null, "requests in flight per node (1 to 256)"),
            value("authratelimit", null, "auth requests per second per node (1 to 1000)"),
            value("commandratelimit", null, "command requests per second per node (1 to 10000)")));

    static final List<Setting> SECURITY = CHSECURITY.namedNames().stream()
            .map(name -> Setting.named(name).orElseThrow()).toList();

    @Inject
    Settings settings;

    @Override
    public Map<OwnCommand, Function<Invocation, Object>> ownCommands() {
        return Map.of(LSSECURITY, this::lssecurity, CHSECURITY, this::chsecurity);
    }

    public List<Map<String, String>> lssecurity(Invocation call) {
        Map<String, String> row = new LinkedHashMap<>();
        SECURITY.forEach(s -> row.put(s.key, settings.value(s)));
        row.put("cliconcurrency", "1");
        return List.of(row);
    }

    public Map<String, String> chsecurity(Invocation call) {
        call.require(Roles.SECURITY_ADMIN);
        List<String> names = SECURITY.stream().map(s -> s.key).toList();
        if (call.named().isEmpty()) {
            throw new InvalidInputException("body", "chsecurity changes one of " + names);
        }
        Map<Setting, String> valid = new LinkedHashMap<>();
        for (Setting setting : SECURITY) {
            String value = call.string(setting.key);
            if (value != null) {
                try {
                    valid.put(setting, setting.validate(value));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(setting.key, e.getMessage());
                }
            }
        }
        valid.forEach(settings::set);
        return Map.of("message", "security settings changed");
    }
}
