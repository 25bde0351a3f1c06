package org.gluster.restapi.commands.cache;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Whose turn it is to run the one CLI of this node: one at a time; a waiting change goes ahead of
 * every waiting read; within each kind, arrival order. A waiter that gives up leaves the queue.
 */
public final class CliTurns {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final Deque<Object> changes = new ArrayDeque<>();
    private final Deque<Object> reads = new ArrayDeque<>();
    private boolean busy;

    /** Waits at most {@code nanos} for this caller's turn; false when the time ran out. */
    public boolean acquire(boolean change, long nanos) throws InterruptedException {
        Object me = new Object();
        lock.lock();
        try {
            Deque<Object> queue = change ? changes : reads;
            queue.addLast(me);
            long left = nanos;
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

    public boolean acquire(boolean change, long time, TimeUnit unit) throws InterruptedException {
        return acquire(change, unit.toNanos(time));
    }

    public void release() {
        lock.lock();
        try {
            busy = false;
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
