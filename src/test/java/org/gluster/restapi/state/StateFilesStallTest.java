package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage that stops answering, made real with a named pipe: reading it blocks until a writer opens
 * it, as a read on a GlusterFS mount blocks while a node is silent.
 */
class StateFilesStallTest {

    public record Counter(int value) {
    }

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newCachedThreadPool();

    /** A write given up on still lands once the storage answers: it must be done before the directory goes. */
    @AfterEach
    void letGivenUpWorkFinish() throws InterruptedException {
        io.shutdown();
        assertTrue(io.awaitTermination(5, TimeUnit.SECONDS), "given-up reads and writes finished");
    }

    private StateFiles files() {
        return new StateFiles(dir, io, new CrossNodeLock(), Duration.ofMillis(300), Clock.systemUTC());
    }

    @Test
    @Timeout(10)
    void aStalledReadServesTheLastGoodContentInTime() throws Exception {
        StateFiles files = files();
        files.update("counter.json", Counter.class, () -> new Counter(0), c -> new Counter(7));
        Files.setLastModifiedTime(dir.resolve("counter.json"), FileTime.from(Instant.now().minusSeconds(60)));
        assertEquals(7, files.read("counter.json", Counter.class).orElseThrow().value());

        Path fifo = stall("counter.json");
        try {
            long began = System.nanoTime();
            assertEquals(7, files.read("counter.json", Counter.class).orElseThrow().value());
            long millis = (System.nanoTime() - began) / 1_000_000;
            assertTrue(millis < 2000, "answered from the last good content after " + millis + " ms");
        } finally {
            release(fifo);
        }
    }

    @Test
    @Timeout(10)
    void aStalledReadOfSomethingNeverReadFailsCleanly() throws Exception {
        StateFiles files = files();
        Path fifo = stall("apps.json");
        try {
            assertThrows(UncheckedIOException.class, () -> files.read("apps.json", Counter.class));
        } finally {
            release(fifo);
        }
    }

    @Test
    @Timeout(10)
    void aWriteToStalledStorageFailsWithinTheTimeoutAndTheNextFailsAtOnce() throws Exception {
        StateFiles files = files();
        Path fifo = stall("counter.json");
        try {
            long began = System.nanoTime();
            StateStalledException stalled = assertThrows(StateStalledException.class,
                    () -> files.update("counter.json", Counter.class, () -> new Counter(0), c -> new Counter(c.value() + 1)));
            long millis = (System.nanoTime() - began) / 1_000_000;
            assertTrue(millis < 2000, "given up on after " + millis + " ms");
            assertTrue(stalled.getMessage().contains("counter.json"), stalled.getMessage());
            assertThrows(StateStalledException.class, () -> files.writeBytes("other.json", new byte[]{'1'}));
        } finally {
            release(fifo);
        }
    }

    private Path stall(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Files.deleteIfExists(fifo);
        Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        return fifo;
    }

    /** Lets the blocked reader go, so that no thread stays stuck after the test. */
    private static void release(Path fifo) throws Exception {
        try (OutputStream out = Files.newOutputStream(fifo)) {
            out.write("{\"value\": 1}".getBytes());
        }
    }
}
