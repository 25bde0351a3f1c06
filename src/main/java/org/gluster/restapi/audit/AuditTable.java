package org.gluster.restapi.audit;

import java.util.List;

/** The content of audit.json: the newest entries, at most as many as the log keeps. */
public record AuditTable(long nextId, List<AuditEntry> entries) {

    public static AuditTable empty() {
        return new AuditTable(1, List.of());
    }
}
