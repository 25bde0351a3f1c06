package org.gluster.restapi.commands;

import java.util.List;

/**
 * One gluster CLI invocation, as the words after {@code gluster --mode=script --xml}. Built only
 * from validated values; {@code mutating} says whether it changes the pool.
 */
public record GlusterCommand(List<String> args, boolean mutating) {

    public GlusterCommand {
        args = List.copyOf(args);
    }

    public static GlusterCommand read(String... args) {
        return new GlusterCommand(List.of(args), false);
    }

    public static GlusterCommand mutate(List<String> args) {
        return new GlusterCommand(args, true);
    }

    public static GlusterCommand mutate(String... args) {
        return mutate(List.of(args));
    }
}
