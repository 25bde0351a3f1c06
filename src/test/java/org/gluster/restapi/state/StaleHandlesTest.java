package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StaleHandlesTest {

    private static final Path FILE = Path.of("/state/users.json");

    private static FileSystemException stale() {
        return new FileSystemException(FILE.toString(), null, "Stale file handle");
    }

    @Test
    void staleHandleAndVanishedFileAreRetriedUntilTheReadSucceeds() {
        AtomicInteger attempts = new AtomicInteger();

        String read = StaleHandles.retry(FILE, attempt -> {
            attempts.incrementAndGet();
            if (attempt == 1) {
                throw stale();
            }
            if (attempt == 2) {
                throw new NoSuchFileException(FILE.toString());
            }
            return "content";
        });

        assertEquals("content", read);
        assertEquals(3, attempts.get());
    }

    @Test
    void staleHandleThatPersistsFailsAfterFiveAttemptsNamingTheFile() {
        AtomicInteger attempts = new AtomicInteger();
        FileSystemException last = stale();

        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> StaleHandles.retry(FILE, attempt -> {
            attempts.incrementAndGet();
            throw last;
        }));

        assertEquals(StaleHandles.ATTEMPTS, attempts.get());
        assertEquals("cannot read /state/users.json", failure.getMessage());
        assertSame(last, failure.getCause());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(UncheckedIOException.class, () -> StaleHandles.retry(FILE, attempt -> {
            attempts.incrementAndGet();
            throw new AccessDeniedException(FILE.toString());
        }));

        assertEquals(1, attempts.get());
    }

    @Test
    void onlyStaleHandlesAndVanishedFilesAreTransient() {
        assertTrue(StaleHandles.transientFailure(stale()));
        assertTrue(StaleHandles.transientFailure(new IOException("Stale file handle")));
        assertTrue(StaleHandles.transientFailure(new NoSuchFileException(FILE.toString())));
        assertFalse(StaleHandles.transientFailure(new FileSystemException(FILE.toString(), null, "Input/output error")));
        assertFalse(StaleHandles.transientFailure(new IOException()));
    }
}
