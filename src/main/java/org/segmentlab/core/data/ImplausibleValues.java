package org.segmentlab.core.data;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;

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
                // a missing value reads as NaN, which is never >= ABSURD; an infinity is
                double v = Math.abs(numbers.getDouble(i));
                if (v >= ABSURD) {
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
        long count = 0;
        LocalDate latest = null;
        // Tablesaw packs a date as year, month, day in falling order of bits (and a date-time as that
        // date, then the time of day), so later means larger: each value is compared packed, without
        // making a LocalDate of every row (a tenth of the import of a large file did that). A missing
        // value is the smallest number and never after the limit.
        if (column instanceof DateColumn) {
            DateColumn dates = (DateColumn) column;
            int after = PackedLocalDate.pack(limit);
            int last = Integer.MIN_VALUE;
            for (int i = 0; i < dates.size(); i++) {
                int packed = dates.getIntInternal(i);
                if (packed > after) {
                    count++;
                    last = Math.max(last, packed);
                }
            }
            latest = count > 0 ? PackedLocalDate.asLocalDate(last) : null;
        } else if (column instanceof DateTimeColumn) {
            DateTimeColumn dateTimes = (DateTimeColumn) column;
            long from = PackedLocalDateTime.pack(limit.plusDays(1).atStartOfDay());
            long last = Long.MIN_VALUE;
            for (int i = 0; i < dateTimes.size(); i++) {
                long packed = dateTimes.getLongInternal(i);
                if (packed >= from) {
                    count++;
                    last = Math.max(last, packed);
                }
            }
            latest = count > 0 ? PackedLocalDate.asLocalDate(PackedLocalDateTime.date(last)) : null;
        }
        if (count > 0) {
            return Optional.of(String.format(Locale.ROOT, "%s: %,d dates more than a year ahead (latest %s);"
                    + " a default as-of day would follow them.", name, count, latest));
        }
        return Optional.empty();
    }

    private static String plain(double v) {
        return Double.isInfinite(v) ? "beyond 1.8e308" : new java.math.BigDecimal(v).toBigInteger().toString().length() > 15
                ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
