package org.segmentlab.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The watchdog on a stand-in for the FX thread: one thread that runs what is posted to it, in order. */
class PulseWatchdogTest {

    private final ExecutorService fxThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stand-in-fx-thread");
        thread.setDaemon(true);
        return thread;
    });
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(PulseWatchdog.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stop() {
        fxThread.shutdownNow();
        logger.detachAppender(log);
    }

    private static void waitForPings(PulseWatchdog watchdog, long count) throws InterruptedException {
        long target = watchdog.answeredPings() + count;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (watchdog.answeredPings() < target) {
            assertThat(System.nanoTime()).as("the watchdog's pings were answered").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    @Test
    void aTwoHundredMillisecondBlockIsReportedWithItsDurationAndWhereTheThreadWas() throws Exception {
        // the block lasts 200 ms on the watchdog's clock, however slowly the machine runs it
        StallClock clock = new StallClock(thread -> thread.getName().equals("stand-in-fx-thread"));
        try (PulseWatchdog watchdog = new PulseWatchdog(fxThread, PulseWatchdog.DEFAULT_LIMIT,
                PulseWatchdog.DEFAULT_INTERVAL, clock)) {
            watchdog.start();
            waitForPings(watchdog, 3);
            watchdog.reset();

            fxThread.execute(() -> clock.stallFor(200));
            waitForPings(watchdog, 3);

            // the ping posted before the block waited all of it; the others did not wait at all
            assertThat(watchdog.stallCount()).isEqualTo(1);
            assertThat(watchdog.longestStall()).isEqualTo(Duration.ofMillis(200));
            assertThat(watchdog.longestWait()).isEqualTo(Duration.ofMillis(200));
        }
        ILoggingEvent stall = log.list.stream().filter(e -> e.getFormattedMessage().startsWith("JavaFX thread stalled"))
                .findFirst().orElseThrow();
        assertThat(stall.getFormattedMessage()).startsWith("JavaFX thread stalled for 200 ms (longest so far 200 ms)")
                .contains("StallClock.stallFor");
    }

    @Test
    void shortWaitsAreNotStallsAndTheLongestStallIsKept() throws Exception {
        // pings held back and answered by hand, on a clock that moves only when the test says
        java.util.concurrent.BlockingQueue<Runnable> held = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        try (PulseWatchdog manual = new PulseWatchdog(held::add, PulseWatchdog.DEFAULT_LIMIT,
                PulseWatchdog.DEFAULT_INTERVAL, clock::get)) {
            manual.start();
            answerAfter(manual, held, clock, 30);
            answerAfter(manual, held, clock, 99);
            assertThat(manual.stallCount()).isZero();
            assertThat(manual.longestStall()).isEqualTo(Duration.ZERO);
            assertThat(manual.longestWait()).isEqualTo(Duration.ofMillis(99));

            answerAfter(manual, held, clock, 300);
            answerAfter(manual, held, clock, 150);
            answerAfter(manual, held, clock, 10);

            assertThat(manual.stallCount()).isEqualTo(2);
            assertThat(manual.longestStall()).isEqualTo(Duration.ofMillis(300));
            manual.reset();
            assertThat(manual.stallCount()).isZero();
            assertThat(manual.longestWait()).isEqualTo(Duration.ZERO);
        }
    }

    /** Lets the next ping wait {@code millis} on the test's clock, answers it and waits until the watchdog has counted it. */
    private static void answerAfter(PulseWatchdog watchdog, java.util.concurrent.BlockingQueue<Runnable> held,
                                    java.util.concurrent.atomic.AtomicLong clock, long millis) throws Exception {
        long answered = watchdog.answeredPings();
        Runnable ping = held.poll(10, TimeUnit.SECONDS);
        assertThat(ping).as("a ping was posted").isNotNull();
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
        ping.run();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (watchdog.answeredPings() == answered && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    @Test
    void debugModeIsTheArgumentOrTheSystemProperty() {
        String before = System.getProperty("segmentlab.debug");
        try {
            System.clearProperty("segmentlab.debug");
            assertThat(PulseWatchdog.debugRequested(false)).isFalse();
            assertThat(PulseWatchdog.debugRequested(true)).isTrue();
            System.setProperty("segmentlab.debug", "true");
            assertThat(PulseWatchdog.debugRequested(false)).isTrue();
        } finally {
            if (before == null) {
                System.clearProperty("segmentlab.debug");
            } else {
                System.setProperty("segmentlab.debug", before);
            }
        }
    }
}
