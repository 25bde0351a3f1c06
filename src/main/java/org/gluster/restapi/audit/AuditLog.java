package org.gluster.restapi.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.function.Supplier;
import org.gluster.restapi.state.StateFiles;

/** The audit log in the state directory: durable, atomic like every state file, bounded in entries. */
@ApplicationScoped
public class AuditLog {

    static final String FILE = "audit.json";

    @Inject
    Supplier<StateFiles> state;

    @Inject
    @ConfigProperty(name = "glusterrest.audit.max-entries", defaultValue = "2000")
    int maxEntries;

    @Inject
    Clock clock;

    public void record(String caller, String callerKind, String command, String arguments, int status) {
        String time = clock.instant().toString();
        state.get().update(FILE, AuditTable.class, AuditTable::empty, table -> {
            List<AuditEntry> entries = new ArrayList<>(table.entries());
            entries.add(new AuditEntry(table.nextId(), time, caller, callerKind, command, arguments, status));
            int drop = Math.max(0, entries.size() - maxEntries);
            return new AuditTable(table.nextId() + 1, List.copyOf(entries.subList(drop, entries.size())));
        });
    }

    public List<AuditEntry> entries() {
        return state.get().read(FILE, AuditTable.class).orElseGet(AuditTable::empty).entries();
    }
}
