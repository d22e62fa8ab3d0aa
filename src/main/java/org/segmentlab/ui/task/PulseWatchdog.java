package org.segmentlab.ui.task;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how long the JavaFX thread keeps the window frozen. A watcher thread posts a ping to the
 * FX thread every few milliseconds and waits for it to run; a ping that waited longer than the limit
 * means the FX thread was busy with something else that long, which the user sees as a stall. Each
 * such stall is logged with its duration and with where the FX thread was while it lasted, and the
 * longest is kept. The workbench starts one in debug mode ({@code --debug} or
 * {@code -Dsegmentlab.debug=true}).
 */
public final class PulseWatchdog implements AutoCloseable {

    /** A stall the user notices: the window stops following the mouse. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMillis(100);
    /** Time between two pings; a stall is measured to within about this much. */
    static final Duration DEFAULT_INTERVAL = Duration.ofMillis(10);
    /** Frames of the FX thread's stack a stall report shows. */
    private static final int FRAMES = 14;

    private static final Logger LOG = LoggerFactory.getLogger(PulseWatchdog.class);

    private final Executor fxThread;
    private final long limitNanos;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final AtomicLong longest = new AtomicLong();
    private final AtomicLong longestWait = new AtomicLong();
    private final AtomicLong stalls = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private volatile Thread answering;
    private volatile boolean stopped;
    private Thread watcher;

    /**
     * @param fxThread runs a ping on the thread to watch ({@code Platform::runLater} for the FX thread)
     * @param limit    waits longer than this are stalls
     * @param interval time between pings
     * @param clock    nanoseconds, monotonic
     */
    PulseWatchdog(Executor fxThread, Duration limit, Duration interval, LongSupplier clock) {
        this.fxThread = Objects.requireNonNull(fxThread);
        this.limitNanos = limit.toNanos();
        this.intervalNanos = interval.toNanos();
        this.clock = Objects.requireNonNull(clock);
    }

    /** Starts watching the JavaFX thread; stalls longer than {@code limit} are logged. */
    public static PulseWatchdog watchFxThread(Duration limit) {
        PulseWatchdog watchdog = new PulseWatchdog(Platform::runLater, limit, DEFAULT_INTERVAL, System::nanoTime);
        watchdog.start();
        return watchdog;
    }

    /** Whether the workbench runs in debug mode: {@code --debug} among its arguments or {@code -Dsegmentlab.debug=true}. */
    public static boolean debugRequested(boolean debugArgument) {
        return debugArgument || Boolean.getBoolean("segmentlab.debug");
    }

    synchronized void start() {
        if (watcher != null) {
            return;
        }
        watcher = new Thread(this::watch, "segmentlab-pulse-watchdog");
        watcher.setDaemon(true);
        watcher.start();
        LOG.info("Watching the JavaFX thread for stalls over {} ms", TimeUnit.NANOSECONDS.toMillis(limitNanos));
    }

    /** The longest stall seen since the start or the last {@link #reset()}; zero when there was none. */
    public Duration longestStall() {
        return Duration.ofNanos(longest.get());
    }

    /**
     * The longest any ping waited since the start or the last {@link #reset()}, stall or not: how close
     * the FX thread came to the limit.
     */
    public Duration longestWait() {
        return Duration.ofNanos(longestWait.get());
    }

    /** How many stalls were seen since the start or the last {@link #reset()}. */
    public long stallCount() {
        return stalls.get();
    }

    /** How many pings the FX thread answered: a watchdog that answered none measured nothing. */
    public long answeredPings() {
        return pings.get();
    }

    /** Forgets the stalls seen so far, e.g. before the part of a session to measure. */
    public void reset() {
        longest.set(0);
        longestWait.set(0);
        stalls.set(0);
        pings.set(0);
    }

    @Override
    public void close() {
        stopped = true;
        Thread running;
        synchronized (this) {
            running = watcher;
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.info("JavaFX thread watch ended: {} stalls over {} ms, the longest {} ms", stalls.get(),
                TimeUnit.NANOSECONDS.toMillis(limitNanos), TimeUnit.NANOSECONDS.toMillis(longest.get()));
    }

    private void watch() {
        try {
            while (!stopped) {
                ping();
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(intervalNanos),
                        (int) (intervalNanos % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Posts one ping and waits for it; while it is overdue, notes once where the FX thread is. */
    private void ping() throws InterruptedException {
        CountDownLatch answered = new CountDownLatch(1);
        AtomicLong waited = new AtomicLong(-1);
        long posted = clock.getAsLong();
        fxThread.execute(() -> {
            answering = Thread.currentThread();
            waited.set(clock.getAsLong() - posted);
            answered.countDown();
        });
        String where = null;
        long poll = Math.max(1, TimeUnit.NANOSECONDS.toMillis(intervalNanos) / 2);
        while (!answered.await(poll, TimeUnit.MILLISECONDS)) {
            if (stopped) {
                return;
            }
            Thread busy = answering;
            if (where == null && busy != null && clock.getAsLong() - posted > limitNanos) {
                where = stackOf(busy);
            }
        }
        pings.incrementAndGet();
        long nanos = waited.get();
        longestWait.accumulateAndGet(nanos, Math::max);
        if (nanos > limitNanos) {
            stalls.incrementAndGet();
            longest.accumulateAndGet(nanos, Math::max);
            LOG.warn("JavaFX thread stalled for {} ms (longest so far {} ms){}", TimeUnit.NANOSECONDS.toMillis(nanos),
                    TimeUnit.NANOSECONDS.toMillis(longest.get()), where == null ? "" : "; it was in\n" + where);
        }
    }

    private static String stackOf(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).limit(FRAMES)
                .map(frame -> "    at " + frame)
                .collect(Collectors.joining("\n"));
    }
}
