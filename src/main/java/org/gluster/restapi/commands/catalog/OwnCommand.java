package org.gluster.restapi.commands.catalog;

import java.util.List;

/**
 * One of the gateway's own command targets (users, security settings, audit log): what it takes, for
 * the checks before it runs and for the OpenAPI document. Its parameters are checked by the command
 * itself, so their {@code check} is null here.
 */
public record OwnCommand(String name, String summary, boolean mutating, List<Param> positionals, List<Param> named) {

    public static OwnCommand read(String name, String summary, List<Param> positionals, List<Param> named) {
        return new OwnCommand(name, summary, false, positionals, named);
    }

    public List<String> namedNames() {
        return named.stream().map(Param::name).toList();
    }
}
