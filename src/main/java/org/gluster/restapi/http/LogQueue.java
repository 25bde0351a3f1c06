package org.gluster.restapi.http;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Lines handed over by request threads and written, in the order given, by one writer thread: a
 * request never waits for the log's I/O, and when the queue is full its line is dropped, not waited for.
 */
final class LogQueue<T> {

    private final BlockingQueue<T> lines;
    private final Consumer<T> writer;

    LogQueue(int capacity, Consumer<T> writer) {
        this.lines = new ArrayBlockingQueue<>(capacity);
        this.writer = writer;
    }

    /** False when the queue is full and {@code line} was dropped. */
    boolean offer(T line) {
        return lines.offer(line);
    }

    /** Writes the lines as they come until the thread is interrupted, then those still queued. */
    void run() {
        try {
            while (true) {
                write(lines.take());
            }
        } catch (InterruptedException stop) {
            drain();
        }
    }

    /** Writes the lines queued now; how many. */
    int drain() {
        int written = 0;
        for (T line = lines.poll(); line != null; line = lines.poll()) {
            write(line);
            written++;
        }
        return written;
    }

    private void write(T line) {
        try {
            writer.accept(line);
        } catch (RuntimeException e) {
            // a handler that failed once must not stop the lines after it
        }
    }
}
