package org.segmentlab.core.features.rfm;

import java.util.function.ToIntFunction;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ImportedTable;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;
import tech.tablesaw.columns.strings.DictionaryMap;

/** Copies the transaction columns of an imported table into a {@link TransactionLog}, row by row. */
final class ImportedTransactions {

    private static final int CHUNK = 1 << 16;

    private ImportedTransactions() {
    }

    static TransactionLog read(ImportedTable imported, TransactionColumns wanted, Progress progress) {
        Table table = imported.table();
        String source = imported.report().file() == null ? table.name()
                : String.valueOf(imported.report().file().getFileName());
        TransactionColumns used = wanted.resolve(imported.report().columns(), source);

        Times times = times(imported, used.timestamp(), source);
        NumericColumn<?> amount = used.amount() == null ? null : numeric(imported, used.amount(), source);
        NumericColumn<?> quantity = used.quantity() == null ? null : numeric(imported, used.quantity(), source);
        NumericColumn<?> price = used.price() == null ? null : numeric(imported, used.price(), source);

        int rows = table.rowCount();
        TransactionLog.Builder log = TransactionLog.builder(quantity != null, used.invoice() != null, rows);
        log.columns(used);
        Codes customers = codes(table.column(used.customer()), log::customerCode);
        Codes invoices = used.invoice() == null ? null : codes(table.column(used.invoice()), log::invoiceCode);
        for (int row = 0; row < rows; row++) {
            if (row % CHUNK == 0) {
                progress.checkCancelled();
                progress.update((double) row / rows, "Reading transactions");
            }
            int customerCode = customers.code(row);
            if (customerCode < 0) {
                log.addWithoutCustomer();
                continue;
            }
            int invoiceCode = invoices == null ? -1 : invoices.code(row);
            double q = quantity == null ? Double.NaN : quantity.getDouble(row);
            double lineAmount = amount != null ? amount.getDouble(row) : q * price.getDouble(row);
            log.addCoded(customerCode, times.get(row), lineAmount, q, invoiceCode);
        }
        progress.update(1, "Reading transactions");
        return log.build();
    }

    /** The log's dictionary code of the id on a row (-1 when the id is empty). */
    private interface Codes {
        int code(int row);
    }

    private interface Times {
        long get(int row);
    }

    /**
     * Codes of an id column. Text columns are dictionary-encoded already, so each of their keys is
     * resolved once; whole numbers lose a trailing ".0"; anything else is taken as its text.
     */
    private static Codes codes(Column<?> column, ToIntFunction<String> codeOf) {
        if (column instanceof StringColumn) {
            DictionaryMap dictionary = ((StringColumn) column).getDictionary();
            IntCodeCache cache = new IntCodeCache();
            return row -> {
                int key = dictionary.getKeyForIndex(row);
                int code = cache.get(key);
                if (code == IntCodeCache.ABSENT) {
                    code = codeOf.applyAsInt(dictionary.getValueForKey(key));
                    cache.put(key, code);
                }
                return code;
            };
        }
        if (column instanceof NumericColumn) {
            NumericColumn<?> number = (NumericColumn<?>) column;
            return row -> {
                double v = number.getDouble(row);
                if (Double.isNaN(v)) {
                    return -1;
                }
                return codeOf.applyAsInt(v == Math.rint(v) && Math.abs(v) < 1e15
                        ? Long.toString((long) v) : Double.toString(v));
            };
        }
        return row -> column.isMissing(row) ? -1 : codeOf.applyAsInt(column.getString(row));
    }

    private static Times times(ImportedTable imported, String name, String source) {
        Column<?> column = imported.table().column(name);
        if (column instanceof DateTimeColumn) {
            DateTimeColumn dateTimes = (DateTimeColumn) column;
            return row -> {
                if (dateTimes.isMissing(row)) {
                    return TransactionLog.MISSING_TIME;
                }
                long packed = dateTimes.getLongInternal(row);
                long day = PackedLocalDate.toEpochDay(PackedLocalDateTime.date(packed));
                return day * TransactionLog.SECONDS_PER_DAY + PackedLocalDateTime.getSecondOfDay(packed);
            };
        }
        if (column instanceof DateColumn) {
            DateColumn dates = (DateColumn) column;
            return row -> dates.isMissing(row) ? TransactionLog.MISSING_TIME
                    : PackedLocalDate.toEpochDay(dates.getIntInternal(row)) * TransactionLog.SECONDS_PER_DAY;
        }
        ColumnInfo info = info(imported, name);
        if (column instanceof NumericColumn && info != null && "epoch-seconds".equals(info.datePattern())) {
            NumericColumn<?> seconds = (NumericColumn<?>) column;
            return row -> {
                double v = seconds.getDouble(row);
                return Double.isNaN(v) ? TransactionLog.MISSING_TIME : (long) Math.floor(v);
            };
        }
        throw new IllegalArgumentException(source + ": column '" + name + "' does not hold dates (read as "
                + typeName(imported, column) + ")");
    }

    private static NumericColumn<?> numeric(ImportedTable imported, String name, String source) {
        Column<?> column = imported.table().column(name);
        if (column instanceof NumericColumn) {
            return (NumericColumn<?>) column;
        }
        throw new IllegalArgumentException(source + ": column '" + name + "' does not hold numbers (read as "
                + typeName(imported, column) + ")");
    }

    private static ColumnInfo info(ImportedTable imported, String name) {
        return imported.report().columns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** The type in the import report's words (TEXT, DATE...), which the user saw. */
    private static String typeName(ImportedTable imported, Column<?> column) {
        ColumnInfo info = info(imported, column.name());
        return info == null ? column.type().name() : info.type().name();
    }
}
