package org.gluster.restapi.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** One file replaced whole: temp file {@code .<name>.<16 hex>.tmp} beside it, fsync, rename, fsync of the directory. */
final class AtomicFile {

    static final FileAttribute<Set<PosixFilePermission>> DIR_MODE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    static final FileAttribute<Set<PosixFilePermission>> FILE_MODE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    static final Duration STALE_TEMP = Duration.ofMinutes(1);
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int TEMP_RANDOM_BYTES = 8;

    private final Path file;
    private final Path dir;
    private final String name;
    private final Clock clock;

    AtomicFile(Path file, Clock clock) {
        this.file = file;
        this.dir = file.getParent();
        this.name = file.getFileName().toString();
        this.clock = clock;
    }

    /** The caller excludes other writers of this file. */
    void replace(byte[] content) {
        removeStaleTemps();
        Path temp = null;
        try {
            temp = createTemp();
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
                directory.force(true);
            }
        } catch (IOException e) {
            UncheckedIOException failure = StateFullException.of("cannot write " + file, e);
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    failure.addSuppressed(cleanup);
                }
            }
            throw failure;
        }
    }

    private Path createTemp() throws IOException {
        byte[] random = new byte[TEMP_RANDOM_BYTES];
        for (int attempt = 1; ; attempt++) {
            ThreadLocalRandom.current().nextBytes(random);
            Path temp = dir.resolve("." + name + "." + HexFormat.of().formatHex(random) + TEMP_SUFFIX);
            try {
                return Files.createFile(temp, FILE_MODE);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    private void removeStaleTemps() {
        Instant staleBefore = clock.instant().minus(STALE_TEMP);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> isTemp(p.getFileName().toString()))) {
            for (Path temp : entries) {
                try {
                    if (Files.getLastModifiedTime(temp).toInstant().isBefore(staleBefore)) {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException e) {
                    // another writer's cleanup got there first, or it cannot be removed: not this write's concern
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // a listing that fails leaves the temp files for the next writer
        }
    }

    private boolean isTemp(String fileName) {
        String prefix = "." + name + ".";
        if (!fileName.startsWith(prefix) || !fileName.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        String random = fileName.substring(prefix.length(), fileName.length() - TEMP_SUFFIX.length());
        return random.length() == 2 * TEMP_RANDOM_BYTES
                && random.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }
}
