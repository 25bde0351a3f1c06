package org.gluster.restapi.events.control;

import jakarta.json.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.IntStream;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;

/** Appends events to a gateway's log in its state directory, as another node of the pool would. */
public final class EventSeeds {

    private EventSeeds() {
    }

    public static void append(Path stateDir, String event, int count) {
        StateFiles files = StateLocation.fixed(stateDir, Runnable::run).get();
        EventStore store = new EventStore(() -> files, EventLog.MAX_ENTRIES, Duration.ofSeconds(EventLog.MAX_AGE_SECONDS),
                Clock.systemUTC());
        for (int from = 0; from < count; from += EventPump.BATCH) {
            store.append(IntStream.range(from, Math.min(count, from + EventPump.BATCH)).mapToObj(i -> new NewEvent(
                    "it-seeds", event, Json.createObjectBuilder().add("n", i).build())).toList());
        }
    }
}
