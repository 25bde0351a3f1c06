package org.gluster.restapi.commands.control;

import org.gluster.restapi.problems.ForbiddenException;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.commands.catalog.OwnCommand;
import org.gluster.restapi.validation.InvalidInputException;

/** One call of a command target: its positional arguments, its named parameters and who calls. */
public record Invocation(String command, List<String> positionals, Map<String, Object> named, Caller caller) {

    public void require(String role) {
        if (!Roles.grantedTo(caller.group()).contains(role)) {
            throw new ForbiddenException(command + " needs the rights of group " + role + "; "
                    + caller.name() + " is in " + caller.group());
        }
    }

    public String positional(int index) {
        return index < positionals.size() ? positionals.get(index) : null;
    }

    /** Refuses parameters the command does not take, naming them. */
    public void takesOnly(OwnCommand declared) {
        int positionalCount = declared.positionals().size();
        List<String> names = declared.namedNames();
        if (positionals.size() > positionalCount) {
            throw new InvalidInputException("path", command + " takes at most " + positionalCount
                    + " positional arguments");
        }
        for (String given : named.keySet()) {
            if (!names.contains(given)) {
                throw new InvalidInputException(given, "is not a parameter of " + command + "; it takes " + names);
            }
        }
    }

    public String string(String name) {
        Object value = named.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        throw new InvalidInputException(name, "is a string");
    }

    public boolean flag(String name) {
        Object value = named.get(name);
        if (value != null && !(value instanceof Boolean)) {
            throw new InvalidInputException(name, "is true or false");
        }
        return Boolean.TRUE.equals(value);
    }
}
