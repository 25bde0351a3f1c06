package org.gluster.restapi.events.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A page of the log for clients that cannot stream: the matching events after the cursor asked for,
 * and {@code next}, the cursor for the next page ({@code ?after=next}), which moves past events the
 * filter left out too; {@code oldest} is the oldest id the log still keeps.
 */
@JsonbPropertyOrder({"events", "next", "oldest"})
public record EventPage(List<Event> events, long next, long oldest) {
}
