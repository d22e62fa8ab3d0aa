package org.segmentlab.core.features;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.nio.file.Path;
import java.util.List;
import org.segmentlab.core.AtomicWrite;
import org.segmentlab.core.CsvCell;

/**
 * Writes a customer table as CSV: a header {@code customer_id,<feature>,...}, then one line per
 * customer. Numbers are written plainly (no exponent, no grouping, '.' as decimal point) with up
 * to 12 significant digits, so sums like 4310.000000001 read as 4310; a missing value is an empty
 * field. Text cells are written by {@link CsvCell} (formulas neutralised, quoted where needed). The
 * file is written atomically ({@link AtomicWrite}), so a reader never sees half a file.
 */
public final class CustomerTableCsv {

    public static final String ID_COLUMN = "customer_id";
    private static final MathContext DIGITS = new MathContext(12);

    public void write(CustomerTable table, Path file) throws IOException {
        AtomicWrite.write(file, raw -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
            write(table, out);
            out.flush();
        });
    }

    public void write(CustomerTable table, Appendable out) throws IOException {
        List<CustomerTable.Column> columns = table.columns();
        out.append(ID_COLUMN);
        for (CustomerTable.Column column : columns) {
            out.append(',').append(text(column.name()));
        }
        out.append('\n');
        List<String> ids = table.customerIds();
        StringBuilder line = new StringBuilder(16 * (columns.size() + 1));
        for (int i = 0; i < ids.size(); i++) {
            line.setLength(0);
            line.append(text(ids.get(i)));
            for (CustomerTable.Column column : columns) {
                line.append(',');
                if (column.isNumeric()) {
                    line.append(number(column.numbers()[i]));
                } else if (column.texts()[i] != null) {
                    line.append(text(column.texts()[i]));
                }
            }
            out.append(line).append('\n');
        }
    }

    /** A number as written in the CSV: empty for NaN, whole numbers without a decimal point. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    static String text(String value) {
        return CsvCell.text(value);
    }
}
