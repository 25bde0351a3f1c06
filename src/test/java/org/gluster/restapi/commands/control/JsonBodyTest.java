package org.gluster.restapi.commands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {

    static Map<String, Object> parameters(String body) {
        return JsonBody.parameters(body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "{}", "null", " null\n"})
    void anEmptyBodyAnEmptyObjectAndTheLiteralNullAllMeanNoNamedParameters(String body) {
        assertEquals(Map.of(), parameters(body));
    }

    @Test
    void theMembersOfTheObjectAreTheNamedParameters() {
        assertEquals(Map.of("name", "gv1", "count", new BigDecimal("2")), parameters("{\"name\": \"gv1\", \"count\": 2}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"x\"", "1", "true", "{", "nul", "null null"})
    void anythingElseIsRefused(String body) {
        assertThrows(InvalidInputException.class, () -> parameters(body));
    }
}
