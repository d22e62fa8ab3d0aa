package org.segmentlab.cli;

import org.slf4j.LoggerFactory;

/**
 * Starts Tablesaw's one-off set-up on a background thread while the command line is read and
 * logging starts. The first use of Tablesaw's {@code Table} class looks for Tablesaw's file readers
 * and writers by scanning the class path (ClassGraph reads the directory of the application jar's
 * ~36,000 entries): about 0.2 s of every command that reads data. Started here it overlaps with the
 * rest of the start; a command's first use of a table waits for it only if it is not done yet (the
 * JVM initialises a class once, and other threads that need it wait).
 *
 * <p>No deadlock is possible: the scan needs no class of ours, and our code never initialises
 * Tablesaw's reader or writer classes (whose own set-up needs {@code Table}) except through a table.
 *
 * <p>The scan holds some 10 MB while it runs (with less than ~14 MB of heap it does not finish). So
 * with a small maximum heap ({@code -Xmx}) it stays where it was, in the command's first use of a
 * table, rather than beside the command's own start, where the two together could run out of memory.
 */
final class TablesawWarmUp {

    static final String TABLE_CLASS = "tech.tablesaw.api.Table";
    /** The least maximum heap with which the scan runs beside the command's start. */
    static final long MIN_HEAP = 256L << 20;

    private TablesawWarmUp() {
    }

    /**
     * Starts the set-up on a daemon thread (it never keeps the process alive) when the heap may be
     * at least {@link #MIN_HEAP}; returns whether it started.
     */
    static boolean start() {
        if (Runtime.getRuntime().maxMemory() < MIN_HEAP) {
            return false;
        }
        Thread thread = new Thread(TablesawWarmUp::initialise, "tablesaw-start");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private static void initialise() {
        try {
            Class.forName(TABLE_CLASS, true, TablesawWarmUp.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // The command's own first use of a table fails too and is reported as usual; this keeps
            // the original cause, which later uses of the class no longer carry.
            LoggerFactory.getLogger(TablesawWarmUp.class).error("Tablesaw could not start", e);
        }
    }
}
