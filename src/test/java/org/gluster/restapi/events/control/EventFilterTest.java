package org.gluster.restapi.events.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import org.gluster.restapi.events.entity.Event;
import org.gluster.restapi.events.entity.GatewayEvents;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventFilterTest {

    static Event event(String name, String field, String value) {
        return new Event(1, Instant.EPOCH, "n1", name, Json.createObjectBuilder().add(field, value).build());
    }

    @Test
    void namesMatchExactlyOrByAPrefixEndingInAStar() {
        EventFilter filter = EventFilter.of("VOLUME_*,BRICK_DISCONNECTED", null, false);
        assertTrue(filter.test(event("VOLUME_SET", "name", "gv1")));
        assertTrue(filter.test(event("BRICK_DISCONNECTED", "volume", "gv1")));
        assertFalse(filter.test(event("BRICK_CONNECTED", "volume", "gv1")));
        assertTrue(EventFilter.of(null, null, false).test(event("PEER_CONNECT", "host", "n2")));
    }

    @Test
    void aVolumeFilterTakesVolumeEventsByNameAndOthersByTheirVolumeField() {
        EventFilter filter = EventFilter.of(null, "gv1", false);
        assertTrue(filter.test(event("VOLUME_START", "name", "gv1")));
        assertTrue(filter.test(event("BRICK_DISCONNECTED", "volume", "gv1")));
        assertFalse(filter.test(event("VOLUME_START", "name", "gv2")));
        assertFalse(filter.test(event("PEER_ATTACH", "name", "gv1")), "a peer's name is not a volume");
    }

    @Test
    void aVolumeFilterTakesGeoReplicationEventsByTheirPrimaryVolume() {
        EventFilter filter = EventFilter.of("GEOREP_*", "pvol", false);
        assertTrue(filter.test(event("GEOREP_FAULTY", "primary_volume", "pvol")), "gsyncd names primary_volume");
        assertTrue(filter.test(event("GEOREP_CHECKPOINT_COMPLETED", "primary_volume", "pvol")));
        assertTrue(filter.test(event("GEOREP_START", "primary", "pvol")), "the CLI names primary");
        assertFalse(filter.test(event("GEOREP_STOP", "primary", "other")));
        assertFalse(filter.test(event("PEER_ATTACH", "primary", "pvol")), "only GEOREP_* name a primary");
    }

    @Test
    void geoReplicationEventsDropTheCachedReads() {
        assertTrue(CacheRefresh.changesReads(event("GEOREP_FAULTY", "primary_volume", "pvol")));
        assertTrue(CacheRefresh.changesReads(event("GEOREP_CONFIG_SET", "primary", "pvol")));
    }

    @Test
    void eventsAboutUsersAppsAndSecurityReachOnlySecurityAdmins() {
        Event user = event(GatewayEvents.USER_CHANGED, "command", "mkuser");
        assertFalse(EventFilter.of(null, null, false).test(user));
        assertFalse(EventFilter.of("GATEWAY_*", null, false).test(user));
        assertTrue(EventFilter.of(null, null, true).test(user));
        assertTrue(EventFilter.of(null, null, false).test(event(GatewayEvents.JOB_FINISHED, "id", "1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"volume_set", "A**", "*X", "VOLUME SET", "VOLUME_SET;rm", ",", "X,,Y"})
    void malformedNamesAreRefused(String names) {
        assertThrows(InvalidInputException.class, () -> EventFilter.of(names, null, false));
    }

    @Test
    void aMalformedVolumeIsRefused() {
        assertThrows(InvalidInputException.class, () -> EventFilter.of(null, "../gv1", false));
    }
}
