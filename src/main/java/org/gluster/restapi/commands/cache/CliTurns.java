package org.gluster.restapi.commands.cache;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Whose turn it is to run the one CLI of this node: one at a time; a waiting change goes ahead of
 * every waiting read; within each kind, arrival order. A waiter that gives up leaves the queue. A
 * read in its turn may say how it can be stopped ({@link #stoppable}): a change that comes while
 * it runs stops it, and the stopped read takes its turn again first among the reads.
 */
public final class CliTurns {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final Deque<Object> changes = new ArrayDeque<>();
    private final Deque<Object> reads = new ArrayDeque<>();
    private boolean busy;
    private BooleanSupplier stopRunning;

    /** Waits at most {@code nanos} for this caller's turn; false when the time ran out. */
    public boolean acquire(boolean change, long nanos) throws InterruptedException {
        return acquire(change, false, nanos);
    }

    public boolean acquire(boolean change, long time, TimeUnit unit) throws InterruptedException {
        return acquire(change, false, unit.toNanos(time));
    }

    /**
     * The read in its turn, stopped for a change, gives its turn up and waits again, ahead of the
     * reads that came after it; in one step, so that none of them can pass it.
     */
    public boolean acquireAgain(long time, TimeUnit unit) throws InterruptedException {
        return acquire(false, true, unit.toNanos(time));
    }

    /** The read in its turn can be stopped by {@code stop} for the next change that comes. */
    public void stoppable(BooleanSupplier stop) {
        lock.lock();
        try {
            stopRunning = busy ? stop : null;
        } finally {
            lock.unlock();
        }
    }

    private boolean acquire(boolean change, boolean again, long nanos) throws InterruptedException {
        long since = System.nanoTime();
        Object me = new Object();
        BooleanSupplier stop = null;
        lock.lock();
        try {
            Deque<Object> queue = change ? changes : reads;
            if (again) {
                busy = false;
                stopRunning = null;
                released.signalAll();
                queue.addFirst(me);
            } else {
                queue.addLast(me);
            }
            if (change) {
                stop = stopRunning;
                stopRunning = null;
            }
        } finally {
            lock.unlock();
        }
        if (stop != null) {
            stop.getAsBoolean();
        }
        lock.lock();
        try {
            Deque<Object> queue = change ? changes : reads;
            long left = nanos - (System.nanoTime() - since);
            while (busy || !next(change, me)) {
                if (left <= 0) {
                    queue.remove(me);
                    released.signalAll();
                    return false;
                }
                left = released.awaitNanos(left);
            }
            queue.removeFirst();
            busy = true;
            return true;
        } catch (InterruptedException e) {
            (change ? changes : reads).remove(me);
            released.signalAll();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    public void release() {
        lock.lock();
        try {
            busy = false;
            stopRunning = null;
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Callers waiting now, changes and reads together. */
    public int waiting() {
        lock.lock();
        try {
            return changes.size() + reads.size();
        } finally {
            lock.unlock();
        }
    }

    private boolean next(boolean change, Object me) {
        return change ? changes.peekFirst() == me : changes.isEmpty() && reads.peekFirst() == me;
    }
}
