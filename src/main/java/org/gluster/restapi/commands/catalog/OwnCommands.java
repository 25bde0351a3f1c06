package org.gluster.restapi.commands.catalog;

import static org.gluster.restapi.commands.catalog.Param.choice;
import static org.gluster.restapi.commands.catalog.Param.flag;
import static org.gluster.restapi.commands.catalog.Param.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gluster.restapi.auth.entity.Roles;

/** The declaration of the gateway's own commands, in seed 001's style: users, security settings, audit log. */
public final class OwnCommands {

    private static final Param USER = value("user", null, "the user's name or id");
    private static final Param GROUP = choice("usergrp", Roles.GROUPS.stream()
            .collect(Collectors.toMap(Function.identity(), List::of)), "the user's group");
    private static final Param PASSWORD = value("password", null, "8 to 256 characters");

    public static final OwnCommand LSUSER = read("lsuser", "list the users (all, or the one named)",
            List.of(USER), List.of());
    public static final OwnCommand MKUSER = new OwnCommand("mkuser", "create a user (SecurityAdmin)", true, List.of(),
            List.of(value("name", null, "1 to 64 letters, digits and _.@-").mandatory(), GROUP.mandatory(),
                    PASSWORD.mandatory()));
    public static final OwnCommand CHUSER = new OwnCommand("chuser",
            "change a user's password, group or lock (SecurityAdmin; anyone for their own password)", true,
            List.of(USER.mandatory()), List.of(PASSWORD, GROUP, flag("unlock", "clear a lockout")));
    public static final OwnCommand RMUSER = new OwnCommand("rmuser", "remove a user (SecurityAdmin)", true,
            List.of(USER.mandatory()), List.of());
    public static final OwnCommand LSUSERGRP = read("lsusergrp", "list the user groups", List.of(), List.of());
    public static final OwnCommand LSCURRENTUSER = read("lscurrentuser", "who is calling", List.of(), List.of());
    public static final OwnCommand LSSECURITY = read("lssecurity", "the pool's security settings and limits",
            List.of(), List.of());
    public static final OwnCommand CHSECURITY = new OwnCommand("chsecurity",
            "change security settings and limits for the whole pool (SecurityAdmin)", true, List.of(), List.of(
            value("restapitimeout", null, "session token lifetime, minutes (10 to 120)"),
            value("maxconnections", null, "requests in flight per node (1 to 256)"),
            value("authratelimit", null, "auth requests per second per node (1 to 1000)"),
            value("commandratelimit", null, "command requests per second per node (1 to 10000)")));
    public static final OwnCommand LSAUDITLOG = read("lsauditlog", "the audit log of changes (Administrator)",
            List.of(), List.of());

    private static final Map<String, OwnCommand> ALL = index(LSUSER, MKUSER, CHUSER, RMUSER, LSUSERGRP, LSCURRENTUSER,
            LSSECURITY, CHSECURITY, LSAUDITLOG);

    private OwnCommands() {
    }

    public static Optional<OwnCommand> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static List<OwnCommand> all() {
        return List.copyOf(ALL.values());
    }

    private static OwnCommand read(String name, String summary, List<Param> positionals, List<Param> named) {
        return new OwnCommand(name, summary, false, positionals, named);
    }

    private static Map<String, OwnCommand> index(OwnCommand... commands) {
        Map<String, OwnCommand> index = new LinkedHashMap<>();
        for (OwnCommand command : commands) {
            index.put(command.name(), command);
        }
        return java.util.Collections.unmodifiableMap(index);
    }
}
