package org.gluster.restapi.georep.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class SecondaryTest {

    private static String refused(String host, String volume, String user) {
        return assertThrows(InvalidInputException.class, () -> Secondary.of(host, volume, user)).field();
    }

    @Test
    void rootIsTheDefaultUserAndIsLeftOutOfTheCliWord() {
        assertEquals(new Secondary("s1", "svol", "root"), Secondary.of("s1", "svol", null));
        assertEquals("s1::svol", Secondary.of("s1", "svol", "root").cli());
        assertEquals("geoaccount@10.78.0.11::svol2", Secondary.of("10.78.0.11", "svol2", "geoaccount").cli());
    }

    @Test
    void eachPartIsRefusedUnderItsOwnName() {
        assertEquals("secondaryHost", refused("s1;reboot", "svol", null));
        assertEquals("secondaryHost", refused("fe80::1", "svol", null));
        assertEquals("secondaryHost", refused("", "svol", null));
        assertEquals("secondaryVolume", refused("s1", "-x", null));
        assertEquals("secondaryVolume", refused("s1", "all", null));
        assertEquals("secondaryUser", refused("s1", "svol", "geo/account"));
        assertEquals("secondaryUser", refused("s1", "svol", "Root"));
        assertEquals("secondaryUser", refused("s1", "svol", "-oProxyCommand"));
    }

    @Test
    void theCliWordIsParsedBackPartByPart() {
        assertEquals(new Secondary("s1", "svol2", "geoaccount"), Secondary.parse("secondary", "geoaccount@s1::svol2"));
        assertEquals(new Secondary("s1", "svol", "root"), Secondary.parse("secondary", "s1::svol"));
        assertEquals("secondary", assertThrows(InvalidInputException.class,
                () -> Secondary.parse("secondary", "s1::svol::x")).field());
    }
}
