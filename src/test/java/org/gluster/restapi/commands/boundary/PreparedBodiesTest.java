package org.gluster.restapi.commands.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PreparedBodiesTest {

    record Volume(String name, List<String> bricks) {
    }

    private final AtomicInteger written = new AtomicInteger();

    private PreparedBodies.Writer json(Object entity) {
        return () -> {
            written.incrementAndGet();
            return entity.toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    @Test
    void anEqualEntityReusesTheBodyAndTheTag() throws IOException {
        PreparedBodies bodies = new PreparedBodies(8, 1024);
        var first = bodies.prepare("/v1/volumes", List.of(new Volume("v1", List.of("b1"))),
                json(List.of(new Volume("v1", List.of("b1")))));
        var again = bodies.prepare("/v1/volumes", List.of(new Volume("v1", List.of("b1"))), json("unused"));

        assertSame(first, again);
        assertEquals(1, written.get());
    }

    @Test
    void aDifferentEntityIsWrittenAndTaggedAnew() throws IOException {
        PreparedBodies bodies = new PreparedBodies(8, 1024);
        var first = bodies.prepare("/v1/volumes", List.of(new Volume("v1", List.of())), json("a"));
        var changed = bodies.prepare("/v1/volumes", List.of(new Volume("v2", List.of())), json("b"));

        assertEquals(2, written.get());
        assertNotEquals(first.tag(), changed.tag());
        assertArrayEquals("b".getBytes(StandardCharsets.UTF_8), changed.body());
    }

    @Test
    void keysDoNotShareBodies() throws IOException {
        PreparedBodies bodies = new PreparedBodies(8, 1024);
        bodies.prepare("/v1/volumes?status=0", "same", json("same"));
        bodies.prepare("/v1/volumes?status=1", "same", json("same"));

        assertEquals(2, written.get());
    }

    @Test
    void theTagIsTheBodysHashAsBefore() {
        // base64url of SHA-256("hello"), 27 characters, quoted
        assertEquals("\"LPJNul-wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ\"".substring(0, 28) + "\"",
                PreparedBodies.tag("hello".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void boundedInKeysAndBodySize() throws IOException {
        PreparedBodies bodies = new PreparedBodies(2, 4);
        bodies.prepare("a", "a", json("a"));
        bodies.prepare("b", "b", json("b"));
        bodies.prepare("c", "c", json("c"));
        assertEquals(1, bodies.size(), "full: started over");

        bodies.prepare("big", "too big", json("too big"));
        bodies.prepare("big", "too big", json("too big"));
        assertEquals(5, written.get(), "a body over the bound is not kept");
    }
}
