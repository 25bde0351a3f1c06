package org.gluster.restapi.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    @Test
    void lastEventIdWinsOverAfterAndNeitherMeansTheDefault() {
        assertEquals(7, Cursor.of("7", "3", -1));
        assertEquals(3, Cursor.of(null, "3", -1));
        assertEquals(3, Cursor.of(" ", "3", -1));
        assertEquals(-1, Cursor.of(null, null, -1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1e3", "0x10", "9007199254740993", "99999999999999999", "1 2", "١٢"})
    void whatIsNotAnEventIdIsRefused(String id) {
        assertThrows(InvalidInputException.class, () -> Cursor.of(id, null, 0));
        assertThrows(InvalidInputException.class, () -> Cursor.of(null, id, 0));
    }
}
