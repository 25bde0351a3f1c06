package org.gluster.restapi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class LogQueueTest {

    final List<String> written = new ArrayList<>();

    @Test
    void linesAreWrittenInTheOrderTheyWereHandedOver() {
        LogQueue<String> queue = new LogQueue<>(8, written::add);
        List.of("a", "b", "c").forEach(queue::offer);

        assertEquals(3, queue.drain());
        assertEquals(List.of("a", "b", "c"), written);
    }

    @Test
    void aFullQueueDropsTheLineInsteadOfWaitingForTheWriter() {
        LogQueue<String> queue = new LogQueue<>(2, written::add);

        assertTrue(queue.offer("a"));
        assertTrue(queue.offer("b"));
        assertFalse(queue.offer("c"));
        queue.drain();
        assertEquals(List.of("a", "b"), written);
    }

    @Test
    void theWriterThreadWritesWhatWasQueuedBeforeItWasStopped() throws InterruptedException {
        LogQueue<String> queue = new LogQueue<>(8, written::add);
        List.of("a", "b", "c").forEach(queue::offer);
        Thread writer = new Thread(queue::run);
        writer.start();
        writer.interrupt();
        writer.join();

        assertEquals(List.of("a", "b", "c"), written);
    }

    @Test
    void aWriterThatFailsOnceDoesNotLoseTheLinesAfterIt() {
        LogQueue<String> queue = new LogQueue<>(8, line -> {
            if (line.equals("bad")) {
                throw new IllegalStateException("handler failed");
            }
            written.add(line);
        });
        List.of("a", "bad", "c").forEach(queue::offer);

        queue.drain();
        assertEquals(List.of("a", "c"), written);
    }

    @Test
    void aRequestLineKeepsTheFormatThatOperatorsAndTestsSearchFor() {
        RequestLog.Line line = new RequestLog.Line(Level.INFO, "it-1", "user:alice", "GET", "/v1/jobs", 200, 1.5);

        assertEquals("request id=it-1 caller=user:alice method=GET path=/v1/jobs status=200 ms=1.5", line.text());
    }
}
