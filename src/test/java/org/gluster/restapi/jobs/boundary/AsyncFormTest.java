package org.gluster.restapi.jobs.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AsyncFormTest {

    @Test
    void theAsyncFormOfAChangeIsItsSynchronousPath() {
        assertEquals(Optional.of("v1/volumes/gv0/start"), AsyncForm.rewritten("POST", "v1/async/volumes/gv0/start"));
        assertEquals(Optional.of("v1/volumes/g%20v/bricks"), AsyncForm.rewritten("DELETE", "v1/async/volumes/g%20v/bricks"));
    }

    @Test
    void readsAndOtherPathsAreLeftAlone() {
        assertEquals(Optional.empty(), AsyncForm.rewritten("GET", "v1/async/volumes"));
        assertEquals(Optional.empty(), AsyncForm.rewritten("POST", "v1/volumes/gv0/start"));
        assertEquals(Optional.empty(), AsyncForm.rewritten("POST", "v1/async/"));
        assertEquals(Optional.empty(), AsyncForm.rewritten("POST", "v1/asyncx/volumes"));
    }
}
