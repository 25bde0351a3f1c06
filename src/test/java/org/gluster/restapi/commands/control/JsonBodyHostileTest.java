package org.gluster.restapi.commands.control;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies of hostile shape: JsonBody answers each with the project's InvalidInputException (a 400), nothing else. */
class JsonBodyHostileTest {

    static Stream<byte[]> hostile() {
        return Stream.concat(Stream.of("[".repeat(20_000) + "]".repeat(20_000), "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000),
                "{\"a\":1,\"a\":2}", "{\"a\":1e999999999}", "{\"a\":1}{", "\uFEFF{}", "{\"a\":\"\\ud800\"}", "{\"a\": tru",
                "{'a': 1}", "{\"a\":NaN}", "{\"a\":-}").map(s -> s.getBytes(StandardCharsets.UTF_8)),
                List.of(new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{'{', '"', (byte) 0xFF, '"', ':', '1', '}'},
                        new byte[]{(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'}, new byte[]{0, 0, 0}).stream());
    }

    /** Shrunk from the generated hostile input (HostileInput)'s bodies: 20,000 '[' made Parsson throw a bare RuntimeException, a 500. */
    @org.junit.jupiter.api.Test
    void aBodyNestedDeeperThanTheBoundIsInvalidInputNamingTheBound() {
        String deep = "{\"a\":" + "[".repeat(org.gluster.restapi.validation.JsonNesting.MAX_DEPTH) + "]".repeat(org.gluster.restapi.validation.JsonNesting.MAX_DEPTH) + "}";
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> JsonBody.parameters(deep.getBytes(StandardCharsets.UTF_8)));
        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("nested deeper than 32"), refused.getMessage());
        String fits = "{\"a\":" + "[".repeat(org.gluster.restapi.validation.JsonNesting.MAX_DEPTH - 1) + "]".repeat(org.gluster.restapi.validation.JsonNesting.MAX_DEPTH - 1) + "}";
        org.junit.jupiter.api.Assertions.assertEquals(1, JsonBody.parameters(fits.getBytes(StandardCharsets.UTF_8)).size());
    }

    /** Parsed (duplicate keys, huge numbers: the command's checks judge them) or InvalidInputException, nothing else. */
    @ParameterizedTest
    @MethodSource("hostile")
    void aHostileBodyIsParsedOrInvalidInputAndNothingElse(byte[] body) {
        try {
            JsonBody.parameters(body);
        } catch (InvalidInputException refused) {
            // the 400 the mapper answers
        }
    }
}
