package org.gluster.restapi.audit;

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

/** lsauditlog (Administrator): the audit log, oldest first, as the Storage Virtualize string-valued rows. */
@ApplicationScoped
public class AuditCommands implements CommandFamily {

    public static final OwnCommand LSAUDITLOG = OwnCommand.list("lsauditlog", "the audit log of changes (Administrator)",
            List.of(), List.of("id", "time", "user", "user_kind", "command", "arguments", "status", "result"));

    @Inject
    AuditLog log;

    @Override
    public Map<OwnCommand, Function<Invocation, Object>> ownCommands() {
        return Map.of(LSAUDITLOG, this::lsauditlog);
    }

    public List<Map<String, String>> lsauditlog(Invocation call) {
        call.require(Roles.ADMINISTRATOR);
        return log.entries().stream().map(AuditCommands::row).toList();
    }

    private static Map<String, String> row(AuditEntry e) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", String.valueOf(e.id()));
        row.put("time", e.time());
        row.put("user", e.caller());
        row.put("user_kind", e.callerKind());
        row.put("command", e.command());
        row.put("arguments", e.arguments());
        row.put("status", String.valueOf(e.status()));
        row.put("result", e.status() < 400 ? "success" : "failed");
        return row;
    }
}
