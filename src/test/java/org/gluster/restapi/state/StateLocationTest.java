package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gluster.restapi.state.StateFilesWriter.Counter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateLocationTest {

    @TempDir
    Path tmp;

    @Test
    void localDirectoryAskedForByNameIsTheLocalState() {
        StateLocation location = StateLocation.fixed(tmp.resolve("state"), Runnable::run);

        assertSame(location.get(), location.filesIn(tmp.resolve("state")));
        assertSame(location.get(), location.filesIn(tmp.resolve("other/../state")));
        assertFalse(location.shared());
    }

    @Test
    void sharedCopyIsUsedOnceItsMarkerIsThere() throws IOException {
        Path shared = Files.createDirectories(tmp.resolve("shared"));
        Files.writeString(shared.resolve(StateLocation.MARKER), "moved");

        StateLocation location = StateLocation.auto(tmp.resolve("local"), shared, Runnable::run);

        assertTrue(location.shared());
        assertEquals(shared, location.get().dir());
        assertSame(location.get(), location.filesIn(shared));
    }

    @Test
    void twoStateFilesOfOneLocationOnTheSameDirectoryExcludeEachOther() throws Exception {
        Path dir = tmp.resolve("state");
        StateLocation location = StateLocation.fixed(dir, Runnable::run);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), dir);
        StateFiles direct = location.get();
        StateFiles throughLink = location.filesIn(link);
        assertNotSame(direct, throughLink);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                StateFiles files = t % 2 == 0 ? direct : throughLink;
                writers.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        files.update("counter.json", Counter.class, () -> Counter.of(0), Counter::next);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers, 60, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(400, direct.read("counter.json", Counter.class).orElseThrow().value());
    }
}
