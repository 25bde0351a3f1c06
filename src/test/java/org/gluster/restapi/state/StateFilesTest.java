package org.gluster.restapi.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gluster.restapi.state.StateFilesWriter.Counter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StateFilesTest {

    public record Volume(String name, int replica, List<String> bricks, Map<String, String> options) {
    }

    public record Named(String name) {
    }

    private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(60);
    private static final Instant MODIFIED = Instant.parse("2026-01-01T12:00:00Z");

    @TempDir
    Path tmp;

    /** One per JVM in the server; here one per test, shared by every StateFiles of the test. */
    private final CrossNodeLock locks = new CrossNodeLock();
    private Clock clock = Clock.systemUTC();

    private Path dir() {
        return tmp.resolve("state");
    }

    private StateFiles files() {
        return new StateFiles(dir(), Runnable::run, locks, StateFiles.DEFAULT_READ_TIMEOUT, clock);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static List<String> tempFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    /** Writes in place, keeping the file key, the size and the given mtime: what the cache cannot see. */
    private static void rewriteInPlace(Path file, String from, String to, FileTime mtime) throws IOException {
        String content = Files.readString(file);
        assertTrue(content.contains(from));
        String changed = content.replace(from, to);
        assertEquals(content.length(), changed.length());
        Files.writeString(file, changed);
        Files.setLastModifiedTime(file, mtime);
    }

    private static FileTime minutesAgo(int minutes) {
        return FileTime.from(Instant.now().minus(Duration.ofMinutes(minutes)));
    }

    private static Process startWriter(Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StateFilesWriter.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    }

    private static void awaitExit(Process process, Path stderr) throws Exception {
        if (!process.waitFor(PROCESS_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            fail("the writer JVM did not finish within " + PROCESS_TIMEOUT + ": " + Files.readString(stderr));
        }
        assertEquals(0, process.exitValue(), () -> "the writer JVM failed: " + readQuietly(stderr));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void recordWrittenByUpdateReadsBackEqual() {
        Volume volume = new Volume("gv1", 3, List.of("n1:/b", "n2:/b", "n3:/b"), Map.of("performance.cache-size", "64MB"));
        StateFiles files = files();

        Volume returned = files.update("volume.json", Volume.class, () -> volume, old -> old);

        assertEquals(volume, returned);
        assertEquals(Optional.of(volume), files.read("volume.json", Volume.class));
        assertEquals(Optional.of(volume), files().read("volume.json", Volume.class));
    }

    @Test
    void readOfAnAbsentFileIsEmpty() {
        StateFiles files = files();

        assertEquals(Optional.empty(), files.read("nothing.json", Named.class));
        assertEquals(Optional.empty(), files.readBytes("nothing.json"));
    }

    @Test
    void readOrCreateMakesASecretOnceAndTheFirstWrittenStays() {
        StateFiles files = files();
        AtomicInteger made = new AtomicInteger();
        Function<byte[], String> text = bytes -> new String(bytes, StandardCharsets.US_ASCII);

        assertEquals("first", files.readOrCreate("secret", String.class, text, () -> {
            made.incrementAndGet();
            return "first".getBytes(StandardCharsets.US_ASCII);
        }));
        assertEquals("first", files().readOrCreate("secret", String.class, text, () -> {
            made.incrementAndGet();
            return "second".getBytes(StandardCharsets.US_ASCII);
        }));
        assertEquals(1, made.get());
    }

    @Test
    void updateOfAnAbsentFileStartsFromInitial() {
        StateFiles files = files();

        Counter counter = files.update("counter.json", Counter.class, () -> Counter.of(41), Counter::next);

        assertEquals(42, counter.value());
        assertEquals(42, files.read("counter.json", Counter.class).orElseThrow().value());
    }

    @Test
    void bytesWrittenAreReadBackAsACopy() {
        StateFiles files = files();
        byte[] content = {1, 2, 3};

        files.writeBytes("blob", content);
        content[0] = 9;
        byte[] read = files.readBytes("blob").orElseThrow();
        read[1] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, files.readBytes("blob").orElseThrow());
    }

    @Test
    void filesAreOwnerOnlyAndTheDirectoryIs0700() throws IOException {
        StateFiles files = files();
        files.update("settings.json", Named.class, () -> new Named("a"), old -> old);
        files.writeBytes("key.pem", new byte[] {1});

        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(dir()));
        try (Stream<Path> entries = Files.list(dir())) {
            List<Path> all = entries.toList();
            assertEquals(4, all.size(), all::toString); // two files, two lock files
            for (Path file : all) {
                assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file), file::toString);
            }
        }
    }

    @Test
    void changeThatThrowsLeavesThePreviousContentAndNoTempFile() throws IOException {
        StateFiles files = files();
        files.update("named.json", Named.class, () -> new Named("before"), old -> old);
        byte[] before = Files.readAllBytes(dir().resolve("named.json"));
        IllegalStateException refused = new IllegalStateException("refused");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> files.update("named.json", Named.class, () -> new Named("x"), old -> {
                    throw refused;
                }));

        assertSame(refused, thrown);
        assertArrayEquals(before, Files.readAllBytes(dir().resolve("named.json")));
        assertEquals(List.of(), tempFiles(dir()));
        assertEquals(new Named("before"), files().read("named.json", Named.class).orElseThrow());
    }

    @Test
    void unchangedFileIsServedFromTheCache() throws IOException {
        clock = at(MODIFIED.plus(StampedCache.SETTLE).plusSeconds(1));
        StateFiles files = files();
        Path file = dir().resolve("named.json");
        files.update("named.json", Named.class, () -> new Named("cached"), old -> old);
        FileTime settled = FileTime.from(MODIFIED);
        Files.setLastModifiedTime(file, settled);
        assertEquals("cached", files.read("named.json", Named.class).orElseThrow().name());

        rewriteInPlace(file, "cached", "edited", settled);

        assertEquals("cached", files.read("named.json", Named.class).orElseThrow().name());
        assertEquals("edited", files().read("named.json", Named.class).orElseThrow().name());
    }

    @Test
    void fileModifiedMomentsBeforeItWasReadIsReadAgainEvenWithAnUnchangedStamp() throws IOException {
        clock = at(MODIFIED.plus(StampedCache.SETTLE).minusSeconds(1));
        StateFiles files = files();
        Path file = dir().resolve("named.json");
        files.update("named.json", Named.class, () -> new Named("first"), old -> old);
        FileTime recent = FileTime.from(MODIFIED);
        Files.setLastModifiedTime(file, recent);
        assertEquals("first", files.read("named.json", Named.class).orElseThrow().name());

        rewriteInPlace(file, "first", "again", recent);

        assertEquals("again", files.read("named.json", Named.class).orElseThrow().name());
    }

    @Test
    void fileReplacedByAnotherWriterIsReadAgain() throws IOException {
        StateFiles files = files();
        Path file = dir().resolve("named.json");
        files.update("named.json", Named.class, () -> new Named("mine"), old -> old);
        Files.setLastModifiedTime(file, minutesAgo(5));
        assertEquals("mine", files.read("named.json", Named.class).orElseThrow().name());

        Path theirs = dir().resolve(".named.json.0123456789abcdef.tmp");
        Files.writeString(theirs, Files.readString(file).replace("mine", "your"));
        Files.move(theirs, file, StandardCopyOption.ATOMIC_MOVE);

        assertEquals("your", files.read("named.json", Named.class).orElseThrow().name());
    }

    @Test
    void bytesParsedByTheCallerAreParsedAgainOnlyWhenTheFileChanged() throws IOException {
        StateFiles files = files();
        Path file = dir().resolve("key.pem");
        files.writeBytes("key.pem", "first".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(file, minutesAgo(5));
        List<String> parsed = new ArrayList<>();
        Function<byte[], String> parse = bytes -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            parsed.add(text);
            return text;
        };

        String first = files.read("key.pem", String.class, parse).orElseThrow();
        assertSame(first, files.read("key.pem", String.class, parse).orElseThrow());
        assertEquals(List.of("first"), parsed);

        Files.writeString(dir().resolve(".key.pem.0123456789abcdef.tmp"), "second");
        Files.move(dir().resolve(".key.pem.0123456789abcdef.tmp"), file, StandardCopyOption.ATOMIC_MOVE);

        assertEquals("second", files.read("key.pem", String.class, parse).orElseThrow());
        assertEquals(List.of("first", "second"), parsed);
    }

    @Test
    void concurrentUpdatesFromEightThreadsLoseNothing() throws Exception {
        StateFiles files = files();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
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

        assertEquals(400, files.read("counter.json", Counter.class).orElseThrow().value());
    }

    @Test
    void concurrentUpdatesFromTwoJvmsLoseNothing() throws Exception {
        StateFiles files = files();
        Path stderr = tmp.resolve("writer.err");
        Process writer = startWriter(stderr, "count", dir().toString(), "counter.json", "200");
        try {
            String ready = writer.inputReader(StandardCharsets.UTF_8).readLine();
            assertEquals("ready", ready, () -> "the writer JVM did not start: " + readQuietly(stderr));
            try (Writer go = new OutputStreamWriter(writer.getOutputStream(), StandardCharsets.UTF_8)) {
                go.write("go\n");
            }
            for (int i = 0; i < 200; i++) {
                files.update("counter.json", Counter.class, () -> Counter.of(0), Counter::next);
            }
            awaitExit(writer, stderr);
        } finally {
            writer.destroyForcibly();
        }

        assertEquals(400, files.read("counter.json", Counter.class).orElseThrow().value());
    }

    @Test
    void writerKilledMidWriteLeavesACompleteValueAndItsLockFree() throws Exception {
        Path stderr = tmp.resolve("writer.err");
        StateFiles reader = files();
        Process writer = startWriter(stderr, "loop", dir().toString(), "counter.json");
        long seen = 0;
        try {
            Instant deadline = Instant.now().plus(PROCESS_TIMEOUT);
            while (seen < 50) {
                assertTrue(writer.isAlive(), () -> "the writer JVM died: " + readQuietly(stderr));
                assertTrue(Instant.now().isBefore(deadline), "the writer JVM made too little progress");
                Optional<Counter> counter = reader.read("counter.json", Counter.class);
                if (counter.isPresent()) {
                    assertTrue(counter.get().consistent(), "a reader saw a mixed file");
                    assertTrue(counter.get().value() >= seen, "a reader saw the counter go back");
                    seen = counter.get().value();
                }
            }
            writer.destroyForcibly();
            assertTrue(writer.waitFor(PROCESS_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        } finally {
            writer.destroyForcibly();
        }

        Counter left = files().read("counter.json", Counter.class).orElseThrow();
        assertTrue(left.consistent());
        assertTrue(left.value() >= seen);
        assertEquals(left.value() + 1, files().update("counter.json", Counter.class, () -> Counter.of(0), Counter::next).value());
    }

    @Test
    void staleTempFileDoesNotDisturbReaders() throws IOException {
        StateFiles files = files();
        Path stale = dir().resolve(".counter.json.0123456789abcdef.tmp");
        Files.writeString(stale, "{\"value\": 7, \"payl");

        assertEquals(Optional.empty(), files.read("counter.json", Counter.class));
        files.update("counter.json", Counter.class, () -> Counter.of(0), Counter::next);
        assertEquals(Counter.of(1), files().read("counter.json", Counter.class).orElseThrow());
        assertEquals(Counter.of(1), files.read("counter.json", Counter.class).orElseThrow());
    }

    @Test
    void nextWriterDeletesOnlyTempFilesOlderThanAMinute() throws IOException {
        StateFiles files = files();
        Path old = dir().resolve(".counter.json.0123456789abcdef.tmp");
        Path young = dir().resolve(".counter.json.fedcba9876543210.tmp");
        Path otherFiles = dir().resolve(".counter.json.x.0123456789abcdef.tmp");
        for (Path temp : List.of(old, young, otherFiles)) {
            Files.writeString(temp, "{");
        }
        Files.setLastModifiedTime(old, minutesAgo(2));
        Files.setLastModifiedTime(otherFiles, minutesAgo(2));

        files.update("counter.json", Counter.class, () -> Counter.of(0), Counter::next);

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(young));
        assertTrue(Files.exists(otherFiles));
    }

    @Test
    void createIfAbsentCreatesOnceAndThenReturnsFalse() {
        StateFiles files = files();

        assertTrue(files.createIfAbsent("key.pem", new byte[] {1}));
        assertFalse(files.createIfAbsent("key.pem", new byte[] {2}));
        assertFalse(files().createIfAbsent("key.pem", new byte[] {3}));

        assertArrayEquals(new byte[] {1}, files.readBytes("key.pem").orElseThrow());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {".hidden", "a/b", "../escape", "/abs", "..", "users.json.lock"})
    void invalidNamesAreRefused(String name) throws IOException {
        StateFiles files = files();

        assertThrows(IllegalArgumentException.class, () -> files.read(name, Named.class));
        assertThrows(IllegalArgumentException.class, () -> files.readBytes(name));
        assertThrows(IllegalArgumentException.class,
                () -> files.update(name, Named.class, () -> new Named("x"), old -> old));
        assertThrows(IllegalArgumentException.class, () -> files.writeBytes(name, new byte[] {1}));
        assertThrows(IllegalArgumentException.class, () -> files.createIfAbsent(name, new byte[] {1}));
        try (Stream<Path> written = Files.walk(tmp)) {
            assertEquals(List.of(tmp, dir()), written.toList());
        }
    }

    @Test
    void unparsableFileFailsNamingTheFileButNotItsContent() throws IOException {
        StateFiles files = files();
        files.writeBytes("named.json", "{\"name\": \"s3cr3t-hash\"".getBytes(StandardCharsets.UTF_8));

        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> files.read("named.json", Named.class));

        assertTrue(failure.getMessage().contains(dir().resolve("named.json").toString()), failure::getMessage);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("s3cr3t"), t::toString);
        }
    }

    @Test
    void updateNestedInAnUpdateOfTheSameFileIsRefused() {
        StateFiles files = files();

        assertThrows(IllegalStateException.class, () -> files.update("named.json", Named.class, () -> new Named("a"),
                old -> files.update("named.json", Named.class, () -> new Named("b"), inner -> inner)));
    }
}
