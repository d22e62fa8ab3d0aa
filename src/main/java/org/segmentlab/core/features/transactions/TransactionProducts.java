package org.segmentlab.core.features.transactions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.rfm.TransactionLog;
import tech.tablesaw.columns.Column;

/**
 * The product of each transaction line (a code per line of a {@link TransactionLog}, -1 where
 * missing), for the distinct-products feature. The log keeps the rows that have a customer id, in
 * file order; this reader keeps the same rows, and checks that both counts agree.
 */
public record TransactionProducts(int[] product, int productCount) {

    /** Column names taken as the product, compared without case, spaces or underscores. */
    static final List<String> PRODUCT_NAMES = List.of("stockcode", "productid", "product", "productcode",
            "sku", "itemid", "item", "itemcode", "article", "articleid");

    /**
     * The products of the lines of {@code log}, read from {@code imported}: the column named
     * {@code productColumn}, or when null the first column with a usual product name. Empty when
     * there is no such column.
     *
     * @throws IllegalArgumentException when a named column is missing, or the rows do not line up with the log
     */
    public static Optional<TransactionProducts> read(ImportedTable imported, TransactionLog log, String productColumn) {
        String source = imported.report().file() == null ? "transactions"
                : String.valueOf(imported.report().file().getFileName());
        String name = productColumn != null ? productColumn : find(imported.report().columns());
        if (name == null) {
            return Optional.empty();
        }
        if (!imported.table().containsColumn(name)) {
            throw new IllegalArgumentException(source + ": no product column '" + name + "'; columns are "
                    + imported.table().columnNames());
        }
        if (log.columns() == null) {
            throw new IllegalArgumentException("the transaction log does not say which column holds the customer");
        }
        Column<?> customers = imported.table().column(log.columns().customer());
        Column<?> products = imported.table().column(name);
        int[] codes = new int[log.size()];
        Map<String, Integer> dictionary = new HashMap<>();
        int line = 0;
        for (int row = 0; row < customers.size(); row++) {
            if (customers.isMissing(row) || customers.getString(row).strip().isEmpty()) {
                continue;
            }
            if (line == codes.length) {
                throw misaligned(source, log);
            }
            String product = products.isMissing(row) ? "" : products.getString(row).strip();
            codes[line++] = product.isEmpty() ? -1 : dictionary.computeIfAbsent(product, p -> dictionary.size());
        }
        if (line != codes.length) {
            throw misaligned(source, log);
        }
        return Optional.of(new TransactionProducts(codes, dictionary.size()));
    }

    private static IllegalArgumentException misaligned(String source, TransactionLog log) {
        return new IllegalArgumentException(source + ": the product column does not line up with the "
                + log.size() + " transaction lines that have a customer id");
    }

    /** The first column with a usual product name, or null; also used where SQL reads the lines. */
    public static String find(List<ColumnInfo> columns) {
        for (String usual : PRODUCT_NAMES) {
            for (ColumnInfo column : columns) {
                if (simplified(column.name()).equals(usual)) {
                    return column.name();
                }
            }
        }
        return null;
    }

    private static String simplified(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
