package org.gluster.restapi.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.auth.entity.Roles;
import org.gluster.restapi.commands.catalog.OwnCommands;
import org.gluster.restapi.commands.control.Invocation;

/** lsauditlog (Administrator): the audit log, oldest first, as seed 001's string-valued rows. */
@ApplicationScoped
public class AuditCommands {

    @Inject
    AuditLog log;

    public List<Map<String, String>> lsauditlog(Invocation call) {
        call.require(Roles.ADMINISTRATOR);
        call.takesOnly(OwnCommands.LSAUDITLOG);
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
