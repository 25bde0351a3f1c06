package org.gluster.restapi.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonNestingTest {

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Shrunk from the generated hostile input (HostileInput): 20,000 levels were a 500 on both surfaces (Parsson's bare RuntimeException, Yasson's StackOverflowError). */
    @ParameterizedTest
    @ValueSource(ints = {33, 1000, 20_000})
    void deeperThanTheBoundIsRefusedWhetherOrNotTheTextIsComplete(int depth) {
        String arrays = "[".repeat(depth);
        assertEquals("body", assertThrows(InvalidInputException.class,
                () -> JsonNesting.atMost(bytes(arrays + "]".repeat(depth)), JsonNesting.MAX_DEPTH)).field());
        assertThrows(InvalidInputException.class, () -> JsonNesting.atMost(bytes(arrays), JsonNesting.MAX_DEPTH));
        assertThrows(InvalidInputException.class,
                () -> JsonNesting.atMost(bytes("{\"a\":".repeat(depth)), JsonNesting.MAX_DEPTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "{\"options\": {\"a\": [1, {\"b\": []}]}}", "\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"",
            "{\"a\": \"\\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}", "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"})
    void shallowTextsAndBracketsInsideStringsPass(String text) {
        assertDoesNotThrow(() -> JsonNesting.atMost(bytes(text), JsonNesting.MAX_DEPTH));
    }

    @org.junit.jupiter.api.Test
    void exactlyTheBoundPasses() {
        int max = JsonNesting.MAX_DEPTH;
        assertDoesNotThrow(() -> JsonNesting.atMost(bytes("[".repeat(max) + "]".repeat(max)), max));
    }
}
