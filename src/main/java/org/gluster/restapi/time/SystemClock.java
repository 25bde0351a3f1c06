package org.gluster.restapi.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock that logic asks for the time (UTC), so tests can hand it a clock of their own. */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock utc() {
        return Clock.systemUTC();
    }
}
