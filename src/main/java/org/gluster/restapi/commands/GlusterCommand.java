package org.gluster.restapi.commands;

import java.util.List;

/**
 * One gluster CLI invocation, as the words after {@code gluster --mode=script [--xml]}. Built only
 * from validated values; {@code mutating} says whether it changes the pool; {@code xml} is false
 * for the few commands whose XML mode is broken (bitrot prints nothing in it), which are read as text.
 */
public record GlusterCommand(List<String> args, boolean mutating, boolean xml) {

    public GlusterCommand {
        args = List.copyOf(args);
    }

}
