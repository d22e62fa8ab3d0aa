package org.segmentlab.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Starts the process's one-off set-ups on a background thread while picocli reads the command line,
 * so that a command's own work does not wait for them:
 * <ul>
 *   <li><b>logging</b>: SLF4J finding logback and {@link org.segmentlab.LogSetup} opening the log
 *       file, about 0.1 s of class loading. The command runs only once it is done
 *       ({@link #awaitLogging()}): a line logged while SLF4J is still starting would be held back and
 *       replayed with a notice on stderr.</li>
 *   <li><b>Tablesaw</b>: the first use of Tablesaw's {@code Table} class registers Tablesaw's file
 *       readers and writers. From the fat jar that is a few classes named by
 *       {@link org.segmentlab.core.data.scan.ClassGraph}; run from Maven's class path (tests,
 *       {@code mvn exec}) the real ClassGraph scans the class path for them, about 0.3 s. A command's
 *       first use of a table waits for it only if it is not done yet (the JVM initialises a class
 *       once, and other threads that need it wait).</li>
 * </ul>
 *
 * <p>No deadlock is possible: logging's start needs no Tablesaw class and no lock the command holds;
 * Tablesaw's scan needs no class of ours, and our code never initialises Tablesaw's reader or writer
 * classes (whose own set-up needs {@code Table}) except through a table.
 *
 * <p>The real scan holds some 10 MB while it runs (with less than ~14 MB of heap it does not finish). So
 * with a small maximum heap ({@code -Xmx}) it stays where it was, in the command's first use of a
 * table, rather than beside the command's own start, where the two together could run out of memory.
 */
final class BackgroundStart {

    static final String TABLE_CLASS = "tech.tablesaw.api.Table";
    /** The least maximum heap with which the scan runs beside the command's start. */
    static final long MIN_HEAP = 256L << 20;
    /** How long a command waits for logging before it runs anyway (a hung log folder, …). */
    static final long LOGGING_WAIT_SECONDS = 10;

    /** Nothing started: {@link #awaitLogging()} returns at once (help, the version, the tests). */
    static final BackgroundStart NONE = new BackgroundStart(new CountDownLatch(0));

    private final CountDownLatch logging;

    private BackgroundStart(CountDownLatch logging) {
        this.logging = logging;
    }

    /**
     * Starts logging, then (when the heap may be at least {@link #MIN_HEAP}) Tablesaw, one after the
     * other on one daemon thread (it never keeps the process alive). One after the other, because the
     * command waits for logging while picocli reads its options, and on two cores the scan's threads
     * (ClassGraph starts four) starved logging's start (a `score` of Telco waited 0.18 s for it).
     */
    static BackgroundStart begin() {
        CountDownLatch logging = new CountDownLatch(1);
        boolean tablesaw = Runtime.getRuntime().maxMemory() >= MIN_HEAP;
        Thread thread = new Thread(() -> {
            try {
                LoggerFactory.getILoggerFactory();
            } finally {
                logging.countDown();
            }
            if (tablesaw) {
                initialiseTablesaw();
            }
        }, "background-start");
        thread.setDaemon(true);
        thread.start();
        return new BackgroundStart(logging);
    }

    /**
     * Waits until logging has started, at most {@link #LOGGING_WAIT_SECONDS}: past that the command runs
     * anyway (a line it logs before SLF4J is up is replayed later).
     */
    void awaitLogging() {
        try {
            logging.await(LOGGING_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void initialiseTablesaw() {
        try {
            Class.forName(TABLE_CLASS, true, BackgroundStart.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // The command's own first use of a table fails too and is reported as usual; this keeps
            // the original cause, which later uses of the class no longer carry.
            LoggerFactory.getLogger(BackgroundStart.class).error("Tablesaw could not start", e);
        }
    }
}
