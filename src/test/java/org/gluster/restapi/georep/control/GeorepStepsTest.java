package org.gluster.restapi.georep.control;

import static org.gluster.restapi.Samples.run;
import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.georep.entity.GeorepSession;
import org.gluster.restapi.georep.entity.GeorepStep;
import org.gluster.restapi.problems.ConflictException;
import org.junit.jupiter.api.Test;

/** The steps' answers from the real answers of GlusterFS and the real status after them. */
class GeorepStepsTest {

    private static String said(String sample) {
        return CliOutputReader.read(run("georep/" + sample, 0)).message();
    }

    private static GeorepSession after(String sample) {
        return GeorepXml.sessions(xml("georep/" + sample), "pvol").get(0);
    }

    @Test
    void aStopThatStoppedWorkersChangedTheSession() {
        GeorepStep step = GeorepSteps.outcome("stop", said("georep-stop.xml"), after("georep-status-detail-stopped.xml"));
        assertTrue(step.changed());
        assertNull(step.note());
        assertEquals("Stopped", step.session().status());
    }

    @Test
    void aStopOfAStoppedSessionSaysNothingWasStopped() {
        GeorepStep step = GeorepSteps.outcome("stop", said("georep-stop-again.xml"),
                after("georep-status-detail-stopped.xml"));
        assertFalse(step.changed());
        assertTrue(step.note().contains("nothing was stopped"), step.note());
    }

    @Test
    void aStopOfANeverStartedSessionSaysNothingWasStopped() {
        GeorepStep step = GeorepSteps.outcome("stop", said("api-check/api-stop-created.xml"),
                after("api-check/api-status-detail-after-stop-created.xml"));
        assertFalse(step.changed());
        assertTrue(step.note().contains("nothing was stopped"), step.note());
        assertFalse(GeorepSteps.outcome("stop", "", after("georep-status-detail-created.xml")).changed(),
                "a GlusterFS that answered plain success for a never started session");
    }

    @Test
    void aPauseThatPausedIsAChangeAndOneOfAStoppedOrNeverStartedSessionIsAConflict() {
        assertTrue(GeorepSteps.outcome("pause", said("georep-pause.xml"), after("georep-status-detail-paused.xml"))
                .changed());
        ConflictException stopped = assertThrows(ConflictException.class, () -> GeorepSteps.outcome("pause",
                said("georep-pause-stopped.xml"), after("georep-status-detail-stopped.xml")));
        assertTrue(stopped.getMessage().contains("is Stopped, not running: nothing was paused"), stopped.getMessage());
        assertThrows(ConflictException.class, () -> GeorepSteps.outcome("pause", said("api-check/api-pause-created.xml"),
                after("api-check/api-status-detail-after-pause-created.xml")));
        assertThrows(ConflictException.class, () -> GeorepSteps.outcome("pause", "",
                after("georep-status-detail-created.xml")));
    }

    @Test
    void aStartAndAResumeChangeTheSession() {
        assertTrue(GeorepSteps.outcome("start", said("georep-start.xml"), after("georep-status-detail-just-started.xml"))
                .changed());
        assertTrue(GeorepSteps.outcome("resume", said("georep-resume.xml"), after("georep-status-detail-resumed.xml"))
                .changed());
    }
}
