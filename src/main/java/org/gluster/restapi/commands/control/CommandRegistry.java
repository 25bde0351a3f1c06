package org.gluster.restapi.commands.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.OwnCommand;

/**
 * Every command target of every feature, collected from the {@link CommandFamily} beans: the
 * gluster commands and the gateway's own commands with their handlers. /rest/v1, the 404's list and
 * the OpenAPI document read it; a name declared twice stops the start.
 */
@ApplicationScoped
public class CommandRegistry {

    private final Map<String, CommandTarget> targets = new LinkedHashMap<>();
    private final Map<String, OwnCommand> own = new LinkedHashMap<>();
    private final Map<String, Function<Invocation, Object>> handlers = new LinkedHashMap<>();

    protected CommandRegistry() {
    }

    @Inject
    public CommandRegistry(@Any Instance<CommandFamily> families) {
        this(families.stream().toList());
    }

    public CommandRegistry(List<CommandFamily> families) {
        for (CommandFamily family : families) {
            family.targets().forEach(t -> add(targets, t.name(), t));
            family.ownCommands().forEach((command, handler) -> {
                add(own, command.name(), command);
                handlers.put(command.name(), handler);
            });
        }
    }

    public Optional<CommandTarget> target(String name) {
        return Optional.ofNullable(targets.get(name));
    }

    public Optional<OwnCommand> ownCommand(String name) {
        return Optional.ofNullable(own.get(name));
    }

    Object run(OwnCommand command, Invocation call) {
        return handlers.get(command.name()).apply(call);
    }

    public Collection<CommandTarget> targets() {
        return List.copyOf(targets.values());
    }

    public Collection<OwnCommand> ownCommands() {
        return List.copyOf(own.values());
    }

    public TreeSet<String> names() {
        TreeSet<String> names = new TreeSet<>(targets.keySet());
        names.addAll(own.keySet());
        return names;
    }

    private <T> void add(Map<String, T> index, String name, T value) {
        if (targets.containsKey(name) || own.containsKey(name)) {
            throw new IllegalStateException("command " + name + " is declared twice");
        }
        index.put(name, value);
    }
}
