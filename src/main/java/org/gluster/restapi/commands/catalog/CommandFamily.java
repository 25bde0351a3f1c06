package org.gluster.restapi.commands.catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gluster.restapi.commands.control.Invocation;

/**
 * What a feature contributes to the command targets: the gluster commands it declares and the
 * gateway's own commands it runs, each with its handler. Each feature implements it once, as a CDI
 * bean; the registry collects them all, so {@code commands} names no feature.
 */
public interface CommandFamily {

    default List<CommandTarget> targets() {
        return List.of();
    }

    default Map<OwnCommand, Function<Invocation, Object>> ownCommands() {
        return Map.of();
    }
}
