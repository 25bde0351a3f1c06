package org.gluster.restapi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemAcceptTest {

    @Test
    void problemJsonAloneAcceptsTheGatewaysJsonToo() {
        assertEquals(Optional.of("application/problem+json, application/json;q=1"),
                ProblemAccept.widened("application/problem+json"));
    }

    @Test
    void theProblemTypesQualityCarriesOver() {
        assertEquals(Optional.of("text/html, Application/Problem+JSON ; q=0.5, application/json;q=0.5"),
                ProblemAccept.widened("text/html, Application/Problem+JSON ; q=0.5"));
    }

    @Test
    void aClientThatSaysWhatItThinksOfJsonIsLeftAlone() {
        assertEquals(Optional.empty(), ProblemAccept.widened("application/problem+json, application/json;q=0"));
        assertEquals(Optional.empty(), ProblemAccept.widened("application/json"));
    }

    @Test
    void otherTypesStayAsTheyAreSoA406StaysA406() {
        assertEquals(Optional.empty(), ProblemAccept.widened("text/html"));
        assertEquals(Optional.empty(), ProblemAccept.widened(null));
        assertEquals(Optional.empty(), ProblemAccept.widened(""));
    }
}
