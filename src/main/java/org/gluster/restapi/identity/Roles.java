package org.gluster.restapi.identity;

import java.util.List;
import java.util.Set;

/**
 * The three groups and what each may do: Monitor reads, Administrator runs every GlusterFS
 * operation, SecurityAdmin also manages users, apps and security settings. A caller is given its
 * group's role and every role below it, so resources name only the least role they need.
 */
public final class Roles {

    public static final String MONITOR = "Monitor";
    public static final String ADMINISTRATOR = "Administrator";
    public static final String SECURITY_ADMIN = "SecurityAdmin";

    public static final List<String> GROUPS = List.of(MONITOR, ADMINISTRATOR, SECURITY_ADMIN);

    private Roles() {
    }

    public static boolean isGroup(String name) {
        return GROUPS.contains(name);
    }

    public static Set<String> grantedTo(String group) {
        int rank = GROUPS.indexOf(group);
        return rank < 0 ? Set.of() : Set.copyOf(GROUPS.subList(0, rank + 1));
    }
}
