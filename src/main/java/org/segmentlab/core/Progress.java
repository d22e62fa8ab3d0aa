package org.segmentlab.core;

/**
 * How a long-running core service reports how far it is and learns that the user gave up.
 * The workbench adapts it to {@code javafx.concurrent.Task}, the command line to a bar on stderr.
 */
public interface Progress {

    /** Reports the fraction done (0..1) and a short message for the status bar. */
    void update(double fraction, String message);

    /** True once the user asked to stop; services poll it between chunks of work. */
    boolean isCancelled();

    /** Throws {@link CancelledException} if the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A sub-range of this progress, so a step of a larger job can report 0..1 of its own share. */
    default Progress slice(double from, double to) {
        Progress parent = this;
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                parent.update(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }

    /**
     * This progress, passing on only reports that do not go back: work spread over several threads
     * reports out of order, and a bar should not jump backwards.
     */
    default Progress forwardOnly() {
        Progress parent = this;
        return new Progress() {
            private double highest = Double.NEGATIVE_INFINITY;

            @Override
            public synchronized void update(double fraction, String message) {
                if (fraction >= highest) {
                    highest = fraction;
                    parent.update(fraction, message);
                }
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }

    /** For callers that neither show progress nor cancel (tests, batch code). */
    static Progress none() {
        return NoProgress.INSTANCE;
    }

    enum NoProgress implements Progress {
        INSTANCE;

        @Override
        public void update(double fraction, String message) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
