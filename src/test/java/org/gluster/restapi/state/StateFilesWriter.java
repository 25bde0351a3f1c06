package org.gluster.restapi.state;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A second JVM for {@link StateFilesTest}: {@code count DIR NAME N} prints "ready", waits for a
 * line on stdin, then adds N to the counter; {@code loop DIR NAME} increments until killed; {@code probe DIR NAME}
 * prints whether the POSIX lock of NAME is "held" by another process or "free".
 */
public final class StateFilesWriter {

    /** A counter whose payload repeats the value, so a partial or mixed file cannot pass as whole. */
    public record Counter(long value, String payload) {

        public static Counter of(long value) {
            return new Counter(value, (value + ";").repeat(2_000));
        }

        public Counter next() {
            return of(value + 1);
        }

        public boolean consistent() {
            return payload.equals(of(value).payload());
        }
    }

    private StateFilesWriter() {
    }

    public static void main(String[] args) throws Exception {
        StateFiles files = new StateFiles(Path.of(args[1]), Runnable::run, new CrossNodeLock());
        String name = args[2];
        switch (args[0]) {
            case "count" -> {
                int increments = Integer.parseInt(args[3]);
                System.out.println("ready");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                for (int i = 0; i < increments; i++) {
                    files.update(name, Counter.class, () -> Counter.of(0), Counter::next);
                }
            }
            case "loop" -> {
                while (true) {
                    files.update(name, Counter.class, () -> Counter.of(0), Counter::next);
                }
            }
            case "probe" -> {
                Path lockFile = Path.of(args[1]).resolve(name + CrossNodeLock.SUFFIX);
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                        FileLock lock = channel.tryLock()) {
                    System.out.println(lock == null ? "held" : "free");
                }
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }
}
