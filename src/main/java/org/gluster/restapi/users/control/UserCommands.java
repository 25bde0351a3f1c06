package org.gluster.restapi.users.control;

import static org.gluster.restapi.commands.catalog.Param.choice;
import static org.gluster.restapi.commands.catalog.Param.flag;
import static org.gluster.restapi.commands.catalog.Param.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.OwnCommand;
import org.gluster.restapi.commands.catalog.Param;
import org.gluster.restapi.commands.control.Invocation;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.problems.NotFoundException;
import org.gluster.restapi.users.entity.User;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * The Storage Virtualize user commands: lsuser, lsusergrp, lscurrentuser (any group), mkuser, rmuser and chuser
 * (SecurityAdmin; a user may change their own password). Output follows the Storage Virtualize conventions: an array of objects
 * whose values are all strings.
 */
@ApplicationScoped
public class UserCommands implements CommandFamily {

    private static final Param USER = value("user", null, "the user's name or id");
    private static final Param GROUP = choice("usergrp", Roles.GROUPS.stream()
            .collect(Collectors.toMap(Function.identity(), List::of)), "the user's group");
    private static final Param PASSWORD = value("password", null, "8 to 256 characters");
    public static final OwnCommand LSUSER = OwnCommand.list("lsuser", "list the users (all, or the one named)",
            List.of(USER), List.of("id", "name", "password", "ssh_key", "remote", "usergrp_id", "usergrp_name", "owner_id",
                    "owner_name", "locked", "password_change_required"));
    public static final OwnCommand MKUSER = new OwnCommand("mkuser", "create a user (SecurityAdmin)", true, List.of(),
            List.of(value("name", null, "1 to 64 letters, digits and _.@-").mandatory(), GROUP.mandatory(),
                    PASSWORD.mandatory()));
    public static final OwnCommand CHUSER = new OwnCommand("chuser",
            "change a user's password, group or lock (SecurityAdmin; anyone for their own password)", true,
            List.of(USER.mandatory()), List.of(PASSWORD, GROUP, flag("unlock", "clear a lockout")));
    public static final OwnCommand RMUSER = new OwnCommand("rmuser", "remove a user (SecurityAdmin)", true,
            List.of(USER.mandatory()), List.of());
    public static final OwnCommand LSUSERGRP = OwnCommand.list("lsusergrp", "list the user groups", List.of(),
            List.of("id", "name", "role"));
    public static final OwnCommand LSCURRENTUSER = OwnCommand.list("lscurrentuser", "who is calling", List.of(),
            List.of("name", "role", "kind"));

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@-]{0,63}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 256;

    @Inject
    UserStore users;

    @Inject
    Clock clock;

    @Override
    public Map<OwnCommand, Function<Invocation, Object>> ownCommands() {
        return Map.of(LSUSER, this::lsuser, MKUSER, this::mkuser, CHUSER, this::chuser, RMUSER, this::rmuser,
                LSUSERGRP, this::lsusergrp, LSCURRENTUSER, this::lscurrentuser);
    }

    public List<Map<String, String>> lsuser(Invocation call) {
        String which = call.positional(0);
        List<Map<String, String>> rows = users.all().stream()
                .filter(u -> which == null || u.name().equals(which) || String.valueOf(u.id()).equals(which))
                .map(this::row).toList();
        if (which != null && rows.isEmpty()) {
            throw new NotFoundException("no user " + which);
        }
        return rows;
    }

    public List<Map<String, String>> lsusergrp(Invocation call) {
        return List.of(groupRow(Roles.SECURITY_ADMIN), groupRow(Roles.ADMINISTRATOR), groupRow(Roles.MONITOR));
    }

    public List<Map<String, String>> lscurrentuser(Invocation call) {
        Caller caller = call.caller();
        return List.of(Map.of("name", caller.name(), "role", caller.group(),
                "kind", caller.kind().name().toLowerCase()));
    }

    public Map<String, String> mkuser(Invocation call) {
        call.require(Roles.SECURITY_ADMIN);
        String name = name(call.string("name"));
        String group = group(call.string("usergrp"));
        char[] password = password(call.string("password"));
        if (!users.createIfAbsent(name, group, password, false)) {
            throw new InvalidInputException("name", "user " + name + " already exists");
        }
        User created = users.find(name).orElseThrow();
        return Map.of("id", String.valueOf(created.id()), "message",
                "User, id [" + created.id() + "], successfully created");
    }

    public Map<String, String> chuser(Invocation call) {
        User user = existing(call.positional(0));
        boolean self = user.name().equals(call.caller().name()) && call.caller().kind() == Caller.Kind.USER;
        boolean onlyOwnPassword = self && call.named().keySet().equals(java.util.Set.of("password"));
        if (!onlyOwnPassword) {
            call.require(Roles.SECURITY_ADMIN);
        }
        String newPassword = call.string("password");
        String group = call.string("usergrp");
        boolean unlock = call.flag("unlock");
        if (newPassword == null && group == null && !unlock) {
            throw new InvalidInputException("body", "chuser changes password, usergrp or unlock");
        }
        users.change(user.name(), newPassword == null ? null : password(newPassword),
                group == null ? null : group(group), unlock);
        return Map.of("message", "User " + user.name() + " changed" + (newPassword == null ? ""
                : "; the user's session tokens ended: authenticate again at /rest/v1/auth"));
    }

    public Map<String, String> rmuser(Invocation call) {
        call.require(Roles.SECURITY_ADMIN);
        User user = existing(call.positional(0));
        if (user.name().equals(call.caller().name())) {
            throw new InvalidInputException("name", "you cannot remove the user you are logged in as");
        }
        users.remove(user.name());
        return Map.of("message", "User " + user.name() + " removed");
    }

    private User existing(String which) {
        if (which == null) {
            throw new InvalidInputException("path", "name the user: /rest/v1/<command>/<name or id>");
        }
        return users.all().stream().filter(u -> u.name().equals(which) || String.valueOf(u.id()).equals(which))
                .findFirst().orElseThrow(() -> new NotFoundException("no user " + which));
    }

    private Map<String, String> row(User u) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", String.valueOf(u.id()));
        row.put("name", u.name());
        row.put("password", "yes");
        row.put("ssh_key", "no");
        row.put("remote", "no");
        row.put("usergrp_id", String.valueOf(groupId(u.group())));
        row.put("usergrp_name", u.group());
        row.put("owner_id", "");
        row.put("owner_name", "");
        row.put("locked", u.lockedAt(clock.instant().getEpochSecond()) ? "yes" : "no");
        row.put("password_change_required", u.passwordChangeRequired() ? "yes" : "no");
        return row;
    }

    private static Map<String, String> groupRow(String name) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", String.valueOf(groupId(name)));
        row.put("name", name);
        row.put("role", name);
        return row;
    }

    private static int groupId(String group) {
        return Roles.GROUPS.size() - 1 - Roles.GROUPS.indexOf(group);
    }

    private static String name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "a user name has 1 to 64 letters, digits and _.@-");
        }
        return name;
    }

    private static String group(String group) {
        if (!Roles.isGroup(group)) {
            throw new InvalidInputException("usergrp", "is one of " + Roles.GROUPS);
        }
        return group;
    }

    private static char[] password(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD
                || password.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("password", "a password has " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters and no control characters");
        }
        return password.toCharArray();
    }
}
