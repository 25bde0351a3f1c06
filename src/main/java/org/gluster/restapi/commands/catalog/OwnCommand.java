package org.gluster.restapi.commands.catalog;

import java.util.List;

/**
 * One of the gateway's own command targets (users, security settings, audit log): what it takes, for
 * the checks before it runs and for the OpenAPI document. Its parameters are checked by the command
 * itself, so their {@code check} is null here, except those the gateway applies to the answer.
 */
public record OwnCommand(String name, String summary, boolean mutating, List<Param> positionals, List<Param> named) {

    public static OwnCommand read(String name, String summary, List<Param> positionals, List<Param> named) {
        return new OwnCommand(name, summary, false, positionals, named);
    }

    /**
     * A list command: it takes {@code filtervalue} over its rows' {@code attributes} and {@code bytes}, which
     * the gateway applies to the answer (and checks; its other parameters the command checks itself).
     */
    public static OwnCommand list(String name, String summary, List<Param> positionals, List<String> attributes) {
        return read(name, summary, positionals, List.of(AnswerParams.filterOver(attributes), AnswerParams.BYTES_PARAM));
    }

    /** The parameters the gateway applies to the answer. */
    public List<Param> onAnswer() {
        return named.stream().filter(p -> p.shape() == Param.Shape.ANSWER).toList();
    }

    public List<String> namedNames() {
        return named.stream().map(Param::name).toList();
    }
}
