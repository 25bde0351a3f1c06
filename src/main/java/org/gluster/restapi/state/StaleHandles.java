package org.gluster.restapi.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Retries of reads that a FUSE or network mount fails with ENOENT or ESTALE while another node renames. */
final class StaleHandles {

    static final int ATTEMPTS = 5;

    @FunctionalInterface
    interface Attempt<T> {
        T run(int attempt) throws IOException;
    }

    private StaleHandles() {
    }

    static <T> T retry(Path file, Attempt<T> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.run(attempt);
            } catch (IOException e) {
                if (!transientFailure(e) || attempt >= ATTEMPTS) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
                pause(attempt);
            }
        }
    }

    static boolean transientFailure(IOException e) {
        if (e instanceof NoSuchFileException) {
            return true;
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        return reason != null && reason.contains("Stale file handle");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(10L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the remaining attempts are few and bounded
        }
    }
}
