package org.gluster.restapi.cli;

import static org.gluster.restapi.Samples.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParsedTest {

    private final AtomicInteger parses = new AtomicInteger();
    private final Parsed<List<String>> names = new Parsed<>(xml -> {
        parses.incrementAndGet();
        return xml.path("volInfo", "volumes").children("volume").stream().map(v -> v.text("name")).toList();
    });

    @Test
    void theSameAnswerIsReadOnceAndItsRecordsAreShared() {
        CliOutput cached = answer();
        List<String> first = names.of(cached);
        assertSame(first, names.of(cached));
        assertEquals(List.of("gv0"), first);
        assertEquals(1, parses.get());
    }

    @Test
    void aNewAnswerIsReadAgainEvenWhenItsContentIsEqual() {
        names.of(answer());
        CliOutput fresh = answer();
        names.of(fresh);
        assertEquals(2, parses.get());
        names.of(fresh);
        assertEquals(2, parses.get());
    }

    private static CliOutput answer() {
        return CliOutputReader.read(run("volume-info-gv0.xml", 0));
    }
}
