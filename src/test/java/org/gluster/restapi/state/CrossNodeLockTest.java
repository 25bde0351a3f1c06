package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossNodeLockTest {

    @TempDir
    Path dir;

    private final CrossNodeLock lock = new CrossNodeLock();

    /** What a second JVM finds when it tries the POSIX lock of {@code file}: "held" or "free". */
    private String probe(Path file) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StateFilesWriter.class.getName(),
                "probe", file.getParent().toString(), file.getFileName().toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            return answer;
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void holdersInOneJvmNeverOverlapAndNoneIsLost() throws Exception {
        Path file = dir.resolve("counter.json");
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        int[] done = {0};
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> holders = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                holders.add(() -> {
                    for (int i = 0; i < 100; i++) {
                        lock.holding(file, () -> {
                            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            Thread.yield();
                            done[0]++;
                            return inside.decrementAndGet();
                        });
                    }
                    return null;
                });
            }
            for (Future<Void> holder : pool.invokeAll(holders, 60, TimeUnit.SECONDS)) {
                holder.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, mostInside.get());
        assertEquals(800, done[0]);
    }

    @Test
    void anotherProcessFindsTheLockFileLockedOnlyWhileItIsHeld() throws Exception {
        Path file = dir.resolve("users.json");

        String whileHeld = lock.holding(file, () -> {
            try {
                return probe(file);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        assertEquals("held", whileHeld);
        assertEquals("free", probe(file));
    }

    @Test
    void lockFileIsOwnerOnlyAndStays() throws IOException {
        lock.holding(dir.resolve("apps.json"), () -> null);

        Path lockFile = dir.resolve("apps.json.lock");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(lockFile));
    }

    @Test
    void holdingTheSameFileAgainInsideIsRefusedButAnotherFileIsFine() {
        Path file = dir.resolve("apps.json");

        assertThrows(IllegalStateException.class, () -> lock.holding(file, () -> lock.holding(file, () -> null)));
        assertEquals("inner", lock.holding(file, () -> lock.holding(dir.resolve("users.json"), () -> "inner")));
    }

    @Test
    void actionThatThrowsLetsTheLockGo() {
        Path file = dir.resolve("apps.json");
        IllegalStateException refused = new IllegalStateException("refused");

        assertSame(refused, assertThrows(IllegalStateException.class, () -> lock.holding(file, () -> {
            throw refused;
        })));
        assertEquals("again", lock.holding(file, () -> "again"));
    }
}
