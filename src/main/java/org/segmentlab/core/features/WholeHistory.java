package org.segmentlab.core.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.events.EventColumns;
import org.segmentlab.core.features.events.EventLog;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.features.transactions.TransactionProducts;

/**
 * The customers of a transactions or events log: one row per customer with the features of their
 * whole history, as of the day after the last record. The Clusters tab and saved clustering runs
 * build their "customers of" input this way, so both give the same table.
 */
public final class WholeHistory {

    /** What analysts segment a shop's customers on first. */
    public static final List<String> RFM = List.of("recency_days", "frequency", "monetary");
    /** At most this many behaviour features are chosen for an events log at first. */
    public static final int DEFAULT_EVENT_FEATURES = 4;

    private WholeHistory() {
    }

    /**
     * Builds the customer table of one log.
     *
     * @param eventLog true for an events log, false for a transactions log
     * @throws IllegalArgumentException with a message for the user when the log has no dated record
     */
    public static CustomerTableResult build(String sourceName, ImportedTable imported, boolean eventLog,
                                            Progress progress) {
        TransactionLog transactions = null;
        TransactionProducts products = null;
        EventLog events = null;
        if (!eventLog) {
            transactions = TransactionLog.from(imported, TransactionColumns.detect(), progress.slice(0, 0.2));
            products = TransactionProducts.read(imported, transactions, null).orElse(null);
        } else {
            events = EventLog.from(imported, EventColumns.detect(imported));
        }
        progress.checkCancelled();
        CustomerTableSources sources = new CustomerTableSources(transactions, products, events, null);
        CustomerTableSources.TimeSpan dated = sources.timeSpan().orElseThrow(
                () -> new IllegalArgumentException(sourceName + ": no line has both a customer id and a date"));
        LocalDate firstDay = dated.firstDay();
        LocalDate asOf = dated.lastDay().plusDays(1);
        // The window covers the whole log, so every customer it knows has a full history.
        long span = asOf.toEpochDay() - firstDay.toEpochDay() + 1;
        int windowDays = (int) Math.min(span, CustomerTableWindow.MAX_WINDOW_DAYS);
        CustomerTableParams params = CustomerTableParams.of(asOf).withWindowDays(windowDays).withIncludeInactive(true);
        return new CustomerTableBuilder().build(sources, params, progress.slice(0.25, 1));
    }

    /** Recency, frequency and monetary value when the table has them, else its first few numeric features. */
    public static List<String> defaultFeatures(List<String> numeric) {
        if (numeric.containsAll(RFM)) {
            return RFM;
        }
        List<String> chosen = new ArrayList<>();
        for (String name : numeric) {
            if (chosen.size() < DEFAULT_EVENT_FEATURES) {
                chosen.add(name);
            }
        }
        return chosen;
    }
}
