package org.gluster.restapi.commands;

import java.util.List;

/**
 * One gluster CLI invocation, as the words after {@code gluster --mode=script [--xml]}. Built only
 * from validated values; {@code mutating} says whether it changes the pool; {@code xml} is false
 * for the few commands whose XML mode is broken (bitrot prints nothing in it), which are read as text;
 * {@code live} says that a read's answer ages by itself (status, heal info, task progress) rather
 * than only when something changes the pool's configuration.
 */
public record GlusterCommand(List<String> args, boolean mutating, boolean xml, boolean live) {

    public GlusterCommand {
        args = List.copyOf(args);
    }

    public GlusterCommand(List<String> args, boolean mutating, boolean xml) {
        this(args, mutating, xml, false);
    }
}
