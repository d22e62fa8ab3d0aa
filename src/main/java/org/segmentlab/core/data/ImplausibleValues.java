package org.segmentlab.core.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;

/**
 * Values that read fine but are hardly real: money of a trillion or more, dates far in the future.
 * The import report names them; nothing is dropped.
 */
final class ImplausibleValues {

    /** Amounts, prices and quantities this large are more likely a slip in the file than a sale. */
    static final double ABSURD = 1e12;
    /** Dates this many years after the day of the import are taken for placeholders (2999-12-31, 9999-01-01). */
    static final int YEARS_AHEAD = 1;

    private ImplausibleValues() {
    }

    /** A note for the column, or empty when its values look plausible. */
    static Optional<String> note(String name, ColumnRole role, Column<?> column, LocalDate today) {
        if (column instanceof NumberColumn && (role == ColumnRole.AMOUNT || role == ColumnRole.UNIT_PRICE
                || role == ColumnRole.QUANTITY)) {
            NumberColumn<?, ?> numbers = (NumberColumn<?, ?>) column;
            long count = 0;
            double largest = 0;
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.isMissing(i)) {
                    continue;
                }
                double v = Math.abs(numbers.getDouble(i));
                if (!(v < ABSURD)) {
                    count++;
                    largest = Math.max(largest, v);
                }
            }
            if (count > 0) {
                return Optional.of(String.format(Locale.ROOT, "%s: %,d values of %,d or more (largest %s);"
                        + " check them, they count in full.", name, count, (long) ABSURD, plain(largest)));
            }
        }
        LocalDate limit = today.plusYears(YEARS_AHEAD);
        if (column instanceof DateColumn || column instanceof DateTimeColumn) {
            long count = 0;
            LocalDate latest = null;
            for (int i = 0; i < column.size(); i++) {
                if (column.isMissing(i)) {
                    continue;
                }
                LocalDate d = column instanceof DateColumn ? ((DateColumn) column).get(i)
                        : ((LocalDateTime) ((DateTimeColumn) column).get(i)).toLocalDate();
                if (d != null && d.isAfter(limit)) {
                    count++;
                    latest = latest == null || d.isAfter(latest) ? d : latest;
                }
            }
            if (count > 0) {
                return Optional.of(String.format(Locale.ROOT, "%s: %,d dates more than a year ahead (latest %s);"
                        + " a default as-of day would follow them.", name, count, latest));
            }
        }
        return Optional.empty();
    }

    private static String plain(double v) {
        return Double.isInfinite(v) ? "beyond 1.8e308" : new java.math.BigDecimal(v).toBigInteger().toString().length() > 15
                ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
