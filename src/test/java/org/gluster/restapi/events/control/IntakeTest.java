package org.gluster.restapi.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.gluster.restapi.events.entity.NewEvent;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IntakeTest {

    static NewEvent parse(String body) {
        return Intake.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyOfGlustereventsdBecomesAnEventOfItsNodeWithItsMessageAsSent() {
        NewEvent event = parse("""
                {"event": "AFR_QUORUM_FAIL", "message": {" subvol": "ev2-replicate-0", "client-pid": "-6"},
                 "nodeid": "70044b54-6fae-4b2e-9a74-541240d986b7", "ts": 1795860612}""");
        assertEquals("AFR_QUORUM_FAIL", event.event());
        assertEquals("70044b54-6fae-4b2e-9a74-541240d986b7", event.node());
        assertEquals("ev2-replicate-0", event.message().getString(" subvol"));
    }

    @Test
    void anEventWithoutAMessageHasAnEmptyOne() {
        assertEquals(0, parse("{\"event\": \"PEER_ATTACH\", \"nodeid\": \"n1\"}").message().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "{\"event\": 1, \"nodeid\": \"n1\"}", "{\"nodeid\": \"n1\"}",
            "{\"event\": \"volume_set\", \"nodeid\": \"n1\"}", "{\"event\": \"VOLUME_SET\"}",
            "{\"event\": \"VOLUME_SET\", \"nodeid\": \"../x\"}", "{\"event\": \"VOLUME_SET\", \"nodeid\": \"n1\", \"message\": []}",
            "{\"event\": \"VOLUME_SET\", \"nodeid\": \"n1\"", "{\"event\": \"VOLUME_SET\u0000\", \"nodeid\": \"n1\"}"})
    void whatIsNotAnEventOfGlustereventsdIsRefused(String body) {
        assertThrows(InvalidInputException.class, () -> parse(body));
    }

    @Test
    void anOversizedBodyIsRefusedUnread() {
        byte[] big = new byte[Intake.MAX_BODY + 1];
        assertThrows(InvalidInputException.class, () -> Intake.parse(big));
    }
}
