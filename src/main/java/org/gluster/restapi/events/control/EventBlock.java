package org.gluster.restapi.events.control;

import java.util.List;
import org.gluster.restapi.events.entity.Event;

/**
 * Up to {@link EventStore#BLOCK} consecutive events, ids {@code block * BLOCK + 1 …}, in the file of
 * its slot of the ring; a file whose block is not the one asked for holds an older block and is ignored.
 */
public record EventBlock(long block, List<Event> events) {
}
