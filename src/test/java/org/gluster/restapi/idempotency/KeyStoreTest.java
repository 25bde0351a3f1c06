package org.gluster.restapi.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.time.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoreTest {

    @TempDir
    Path dir;

    TestClock clock = new TestClock(Instant.parse("2025-01-01T00:00:00Z"));
    StateFiles state;
    KeyStore keys;

    static final KeptResponse CREATED = KeptResponse.of(201, Map.of("Location", "https://n1/v1/volumes/v",
            "Content-Type", "application/json"), "{\"name\":\"v\"}".getBytes(StandardCharsets.UTF_8));

    @BeforeEach
    void open() {
        state = StateLocation.fixed(dir, Runnable::run).get();
        keys = new KeyStore(state, clock, Duration.ofHours(24), Duration.ofMinutes(10), 8, 2);
    }

    @Test
    void theFirstRunsAndARepeatGetsItsAnswer() {
        var first = assertInstanceOf(Decision.Run.class, keys.begin("aa0001", "f1"));
        keys.finish("aa0001", first.claim(), CREATED);
        var again = assertInstanceOf(Decision.Replay.class, keys.begin("aa0001", "f1"));
        assertEquals(201, again.response().status());
        assertEquals("https://n1/v1/volumes/v", again.response().headers().get("Location"));
        assertEquals("{\"name\":\"v\"}", new String(again.response().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anotherRequestWithTheKeyIs422EvenWhileTheFirstRuns() {
        var first = assertInstanceOf(Decision.Run.class, keys.begin("aa0001", "f1"));
        assertInstanceOf(Decision.OtherRequest.class, keys.begin("aa0001", "f2"));
        keys.finish("aa0001", first.claim(), CREATED);
        assertInstanceOf(Decision.OtherRequest.class, keys.begin("aa0001", "f2"));
    }

    @Test
    void aRepeatWhileTheFirstRunsIs409UntilTheClaimExpires() {
        var first = assertInstanceOf(Decision.Run.class, keys.begin("aa0001", "f1"));
        var running = assertInstanceOf(Decision.InFlight.class, keys.begin("aa0001", "f1"));
        assertEquals(KeyStore.MAX_RETRY_AFTER_SECONDS, running.retryAfterSeconds());
        clock.advance(Duration.ofMinutes(10).minusSeconds(2));
        assertEquals(2, assertInstanceOf(Decision.InFlight.class, keys.begin("aa0001", "f1")).retryAfterSeconds());
        clock.advance(Duration.ofSeconds(2));
        var takenOver = assertInstanceOf(Decision.Run.class, keys.begin("aa0001", "f1"), "a dead node's claim expires");
        assertNotEquals(first.claim(), takenOver.claim());
        keys.finish("aa0001", first.claim(), CREATED);
        assertInstanceOf(Decision.InFlight.class, keys.begin("aa0001", "f1"), "a lost claim keeps nothing");
        keys.finish("aa0001", takenOver.claim(), CREATED);
        assertInstanceOf(Decision.Replay.class, keys.begin("aa0001", "f1"));
    }

    @Test
    void aReleasedClaimLetsTheNextRequestRun() {
        var first = assertInstanceOf(Decision.Run.class, keys.begin("aa0001", "f1"));
        keys.release("aa0001", first.claim());
        assertInstanceOf(Decision.Run.class, keys.begin("aa0001", "f1"));
    }

    @Test
    void answersAreKept24Hours() {
        var first = assertInstanceOf(Decision.Run.class, keys.begin("aa0001", "f1"));
        keys.finish("aa0001", first.claim(), CREATED);
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertInstanceOf(Decision.Replay.class, keys.begin("aa0001", "f1"));
        clock.advance(Duration.ofSeconds(1));
        assertInstanceOf(Decision.Run.class, keys.begin("aa0001", "f2"), "an expired key is free for anything");
    }

    @Test
    void eachBucketKeepsItsShareTheOldestFinishedLeavingFirst() {
        String oldest = "000000";
        keys.finish(oldest, ((Decision.Run) keys.begin(oldest, "f")).claim(), CREATED);
        clock.advance(Duration.ofSeconds(1));
        String running = "000002";
        keys.begin(running, "f");
        for (int i = 2; i <= 4; i++) {
            clock.advance(Duration.ofSeconds(1));
            String scope = String.format("%06x", i * 2 + 2);
            keys.finish(scope, ((Decision.Run) keys.begin(scope, "f")).claim(), CREATED);
        }
        assertEquals("idempotency-0.json", keys.file(oldest));
        assertEquals(4, state.read("idempotency-0.json", KeyBucket.class).orElseThrow().entries().size());
        assertInstanceOf(Decision.Run.class, keys.begin(oldest, "f"), "the oldest finished entry left");
        assertInstanceOf(Decision.InFlight.class, keys.begin(running, "f"), "a claim held now stays");
    }

    @Test
    void keysSpreadOverTheBuckets() {
        assertEquals("idempotency-0.json", keys.file("000000ff"));
        assertEquals("idempotency-1.json", keys.file("000001ff"));
    }
}
