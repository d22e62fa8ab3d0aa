package org.segmentlab.ui.task;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * A nanosecond clock for {@link PulseWatchdog} that moves only when a stall says so, and that sees the
 * watchdog's own thread read it. {@link #stallFor} runs on the watched thread and plays a block of
 * exactly that many milliseconds: it waits until a ping is pending behind it, moves the clock, and stays
 * until the watchdog has looked at the overdue ping (and noted where the watched thread was). No test
 * result then depends on how fast the machine is.
 */
final class StallClock implements LongSupplier {

    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(20);

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicLong watcherReads = new AtomicLong();
    private final Predicate<Thread> watched;
    private volatile Thread watcher;

    /** @param watched tells the watched thread (whose reads are the pings' own) from the watchdog's */
    StallClock(Predicate<Thread> watched) {
        this.watched = watched;
    }

    @Override
    public long getAsLong() {
        Thread reader = Thread.currentThread();
        if (!watched.test(reader)) {
            watcher = reader;
            // counted before the clock is read: a read counted after a move sees the moved clock
            watcherReads.incrementAndGet();
        }
        return now.get();
    }

    /** Keeps the watched thread busy for {@code millis} on this clock; call it on the watched thread. */
    void stallFor(long millis) {
        // While this thread is busy, any read by the watchdog is of a ping posted and not yet answered.
        // After two reads, the first one has surely returned: that ping was posted before the move.
        awaitWatcherRead();
        awaitWatcherRead();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
        // The watchdog reads the moved clock while it waits for that ping, finds it overdue, takes this
        // thread's stack and waits again.
        awaitWatcherRead();
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (watcher.getState() != Thread.State.TIMED_WAITING) {
            pause(deadline);
        }
    }

    private void awaitWatcherRead() {
        long seen = watcherReads.get();
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (watcherReads.get() == seen) {
            pause(deadline);
        }
    }

    private static void pause(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new AssertionError("the watchdog did not look at the clock");
        }
        Thread.onSpinWait();
        Thread.yield();
    }
}
