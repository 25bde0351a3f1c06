package org.gluster.restapi.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.auth.entity.Roles;
import org.gluster.restapi.commands.catalog.OwnCommands;
import org.gluster.restapi.commands.control.Invocation;
import org.gluster.restapi.validation.InvalidInputException;

/** lssecurity (any group) and chsecurity (SecurityAdmin): the token lifetime and the limits in force. */
@ApplicationScoped
public class SecurityCommands {

    static final List<Setting> SECURITY = OwnCommands.CHSECURITY.namedNames().stream()
            .map(name -> Setting.named(name).orElseThrow()).toList();

    @Inject
    Settings settings;

    public List<Map<String, String>> lssecurity(Invocation call) {
        call.takesOnly(OwnCommands.LSSECURITY);
        Map<String, String> row = new LinkedHashMap<>();
        SECURITY.forEach(s -> row.put(s.key, settings.value(s)));
        row.put("cliconcurrency", "1");
        return List.of(row);
    }

    public Map<String, String> chsecurity(Invocation call) {
        call.require(Roles.SECURITY_ADMIN);
        List<String> names = SECURITY.stream().map(s -> s.key).toList();
        call.takesOnly(OwnCommands.CHSECURITY);
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
