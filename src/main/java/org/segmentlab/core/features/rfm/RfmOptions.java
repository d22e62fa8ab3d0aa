package org.segmentlab.core.features.rfm;

import java.time.LocalDate;

/**
 * How to compute RFM.
 *
 * @param asOf          the day recency is measured to; lines after it are left out. Null means the
 *                      day after the last purchase day in the data
 * @param bins          number of score bins, 3 to 10 (default 5)
 * @param cancellations what to do with cancellations and returns (default {@link CancellationHandling#EXCLUDED})
 * @param columns       which columns of the file hold the transactions (default: found by role and name)
 */
public record RfmOptions(LocalDate asOf, int bins, CancellationHandling cancellations, TransactionColumns columns) {

    public static final int DEFAULT_BINS = 5;
    public static final int MIN_BINS = 3;
    public static final int MAX_BINS = 10;

    public RfmOptions {
        if (bins < MIN_BINS || bins > MAX_BINS) {
            throw new IllegalArgumentException("RFM bins must be between " + MIN_BINS + " and " + MAX_BINS
                    + ", not " + bins);
        }
        cancellations = cancellations == null ? CancellationHandling.EXCLUDED : cancellations;
        columns = columns == null ? TransactionColumns.detect() : columns;
    }

    public static RfmOptions defaults() {
        return new RfmOptions(null, DEFAULT_BINS, CancellationHandling.EXCLUDED, TransactionColumns.detect());
    }

    public RfmOptions withAsOf(LocalDate newAsOf) {
        return new RfmOptions(newAsOf, bins, cancellations, columns);
    }

    public RfmOptions withBins(int newBins) {
        return new RfmOptions(asOf, newBins, cancellations, columns);
    }

    public RfmOptions withCancellations(CancellationHandling newCancellations) {
        return new RfmOptions(asOf, bins, newCancellations, columns);
    }

    public RfmOptions withColumns(TransactionColumns newColumns) {
        return new RfmOptions(asOf, bins, cancellations, newColumns);
    }
}
