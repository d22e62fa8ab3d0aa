package org.segmentlab.ui.segment.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.FeatureMatrix;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Turns a table of one row per customer into the feature matrix clustering reads. */
final class ClusterInput {

    private ClusterInput() {
    }

    /** Columns that can be features: numbers and yes/no, in table order. */
    static List<String> numericColumns(ImportedTable imported) {
        List<String> names = new ArrayList<>();
        for (Column<?> column : imported.table().columns()) {
            if (column instanceof NumericColumn || column instanceof BooleanColumn) {
                names.add(column.name());
            }
        }
        return names;
    }

    /** Every column, in table order (any of them may hold the customer id). */
    static List<String> allColumns(ImportedTable imported) {
        return imported.table().columnNames();
    }

    /** The column the import marked as the customer id, else the first column. */
    static String guessIdColumn(ImportedTable imported) {
        return imported.report().columns().stream()
                .filter(c -> c.role() == ColumnRole.CUSTOMER_ID)
                .map(ColumnInfo::name)
                .findFirst()
                .orElse(imported.table().columnCount() == 0 ? null : imported.table().column(0).name());
    }

    /**
     * One row per customer with an id; missing feature values become NaN.
     *
     * @throws IllegalArgumentException with a message for the user when the input cannot be clustered
     */
    static FeatureMatrix matrix(String sourceName, ImportedTable imported, String idColumn, List<String> features) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one feature column to cluster on.");
        }
        Table table = imported.table();
        if (idColumn == null || !table.columnNames().contains(idColumn)) {
            throw new IllegalArgumentException(sourceName + ": no id column '" + idColumn + "'");
        }
        Column<?> ids = table.column(idColumn);
        List<Column<?>> columns = new ArrayList<>();
        for (String feature : features) {
            Column<?> column = table.column(feature);
            if (!(column instanceof NumericColumn) && !(column instanceof BooleanColumn)) {
                throw new IllegalArgumentException(sourceName + ": feature column '" + feature + "' is not numeric");
            }
            columns.add(column);
        }
        List<String> customers = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < table.rowCount(); i++) {
            String customer = ids.isMissing(i) ? "" : ids.getString(i).strip();
            if (customer.isEmpty()) {
                continue;
            }
            if (!seen.add(customer)) {
                throw new IllegalArgumentException(sourceName + ": customer id '" + customer
                        + "' appears on more than one row; clustering needs one row per customer");
            }
            double[] row = new double[columns.size()];
            for (int f = 0; f < row.length; f++) {
                row[f] = value(columns.get(f), i);
            }
            customers.add(customer);
            rows.add(row);
        }
        if (customers.size() < 3) {
            throw new IllegalArgumentException(sourceName + ": too few customers to cluster (" + customers.size() + ")");
        }
        return new FeatureMatrix(customers, List.copyOf(features), rows.toArray(new double[0][]));
    }

    private static double value(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return Double.NaN;
        }
        if (column instanceof BooleanColumn) {
            return ((BooleanColumn) column).get(row) ? 1 : 0;
        }
        return ((NumericColumn<?>) column).getDouble(row);
    }
}
