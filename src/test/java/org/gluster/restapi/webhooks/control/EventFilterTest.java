package org.gluster.restapi.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    @Test
    void namesAndPrefixesMatchAndNoneMatchesAll() {
        List<String> filter = EventFilter.checked(List.of("volume_*", "BRICK_DISCONNECTED"));
        assertEquals(List.of("VOLUME_*", "BRICK_DISCONNECTED"), filter);
        assertTrue(Event.named("VOLUME_SET", filter));
        assertTrue(Event.named("BRICK_DISCONNECTED", filter));
        assertFalse(Event.named("BRICK_CONNECTED", filter));
        assertFalse(Event.named("BRICK_DISCONNECTED_X", filter));
        assertFalse(Event.named("GATEWAY_VOLUME_X", filter));
        assertTrue(Event.named("ANYTHING", List.of()));
        assertTrue(Event.named("ANYTHING", EventFilter.checked(null)));
        assertTrue(Event.named("ANYTHING", EventFilter.checked(List.of("*"))));
        assertEquals(List.of("PEER_*"), EventFilter.checked(List.of("PEER_*", "peer_*")));
    }

    @Test
    void whatIsNotANameOrAPrefixIsRefused() {
        for (String bad : new String[]{"", "VOLUME*SET", "*_SET", "VOL ume", "a".repeat(80)}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> EventFilter.checked(List.of(bad)), bad);
            assertEquals("events", refused.field());
        }
        assertThrows(InvalidInputException.class, () -> EventFilter.checked(Arrays.asList((String) null)));
        assertThrows(InvalidInputException.class, () -> EventFilter.checked(Collections.nCopies(65, "X")));
    }
}
