package org.gluster.restapi.events.control;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.validation.GlusterNames;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * Which events a caller gets: names ({@code VOLUME_*,BRICK_DISCONNECTED}: exact, or a prefix ending in
 * one {@code *}), one volume, and never the events about users, apps and security settings unless
 * the caller is a SecurityAdmin.
 */
public record EventFilter(List<String> names, String volume, boolean securityEvents) implements Predicate<Event> {

    static final int MAX_NAMES = 32;
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}\\*?|\\*");

    public static EventFilter of(String names, String volume, boolean securityEvents) {
        List<String> list = names == null || names.isBlank() ? List.of()
                : Arrays.stream(names.split(",", -1)).map(String::strip).toList();
        if (list.size() > MAX_NAMES || list.stream().anyMatch(n -> !NAME.matcher(n).matches())) {
            throw new InvalidInputException("event", "at most " + MAX_NAMES + " comma-separated event names, each"
                    + " in capitals (VOLUME_SET) or a prefix ending in * (VOLUME_*)");
        }
        String checked = volume == null || volume.isEmpty() ? null : GlusterNames.volumeName("volume", volume);
        return new EventFilter(list, checked, securityEvents);
    }

    @Override
    public boolean test(Event event) {
        if (!securityEvents && GatewayEvents.isSecurity(event.event())) {
            return false;
        }
        if (volume != null && !volume.equals(event.volume())) {
            return false;
        }
        return Event.named(event.event(), names);
    }
}
