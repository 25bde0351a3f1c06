package org.gluster.restapi.georep.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.georep.entity.GeorepConfig;
import org.gluster.restapi.validation.InvalidInputException;

/** A session's options: read, set (every one checked before the first runs), reset, and the checkpoint. */
@ApplicationScoped
public class GeorepSettings {

    static final int MAX_OPTIONS = 64;

    @Inject
    CommandFacade facade;

    public GeorepConfig config(String volume, Secondary secondary) {
        return GeorepXml.config(facade.execute(GeorepTargets.CONFIG.build(List.of(volume, secondary.cli()), Map.of()))
                .xml());
    }

    /** {@code {key: value}}, values as JSON strings, booleans or whole numbers. */
    public void set(String volume, Secondary secondary, Map<String, Object> body) {
        if (body == null || body.isEmpty() || body.size() > MAX_OPTIONS) {
            throw new InvalidInputException("body", "is an object of 1 to " + MAX_OPTIONS + " options");
        }
        Map<String, String> options = new LinkedHashMap<>();
        body.forEach((key, value) -> options.put(key, text(key, value)));
        sets(volume, secondary, options).forEach(facade::execute);
    }

    public void reset(String volume, Secondary secondary, String key) {
        facade.execute(GeorepTargets.CONFIG_RESET.build(List.of(volume, secondary.cli()), Map.of("key", key)));
    }

    public void checkpoint(String volume, Secondary secondary) {
        set(volume, secondary, Map.of("checkpoint", "now"));
    }

    /** The commands that set these options, each checked; nothing has run yet. */
    List<GlusterCommand> sets(String volume, Secondary secondary, Map<String, String> options) {
        if (options.size() > MAX_OPTIONS) {
            throw new InvalidInputException("config", "has at most " + MAX_OPTIONS + " options");
        }
        options.forEach(GeorepOptions::value);
        return options.entrySet().stream().map(o -> {
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("key", o.getKey());
            named.put("value", o.getValue());
            return GeorepTargets.CONFIG_SET.build(List.of(volume, secondary.cli()), named);
        }).toList();
    }

    private static String text(String key, Object value) {
        if (value instanceof String || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).toBigIntegerExact().toString();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new InvalidInputException(key, "is a whole number");
            }
        }
        throw new InvalidInputException(key, "is a string, true or false, or a whole number");
    }
}
