package org.segmentlab.core.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.segmentlab.core.data.ImportedTable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A customer file already one row per customer (e.g. Mall Customers) as a {@link FeatureMatrix}:
 * numeric and yes/no columns as features, missing values as NaN, rows without an id left out.
 */
public final class TableFeatures {

    private TableFeatures() {
    }

    /**
     * The matrix and how many rows had no customer id.
     */
    public record Read(FeatureMatrix matrix, int rowsWithoutId) {
    }

    /**
     * @param sourceName names the file in messages
     * @throws IllegalArgumentException with a message fit for the user: an unknown id column, a feature
     *                                  that is not numeric, a customer id on two rows, or no customers at all
     */
    public static Read read(String sourceName, ImportedTable imported, String idColumn, List<String> features) {
        Table table = imported.table();
        if (idColumn == null || !table.columnNames().contains(idColumn)) {
            throw new IllegalArgumentException(sourceName + ": no id column '" + idColumn + "'");
        }
        List<Column<?>> columns = new ArrayList<>();
        for (String feature : features) {
            Column<?> column = table.column(feature);
            if (!(column instanceof NumericColumn) && !(column instanceof BooleanColumn)) {
                String type = imported.report().columns().stream().filter(c -> c.name().equals(feature))
                        .map(c -> c.type().name()).findFirst().orElse("text");
                throw new IllegalArgumentException(sourceName + ": feature column '" + feature
                        + "' is not numeric (read as " + type + ")");
            }
            columns.add(column);
        }
        Column<?> ids = table.column(idColumn);
        List<String> customers = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int withoutId = 0;
        for (int i = 0; i < table.rowCount(); i++) {
            String customer = ids.isMissing(i) ? "" : ids.getString(i).strip();
            if (customer.isEmpty()) {
                withoutId++;
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
        if (customers.isEmpty()) {
            throw new IllegalArgumentException(sourceName + ": no customers to cluster");
        }
        return new Read(new FeatureMatrix(customers, features, rows.toArray(new double[0][])), withoutId);
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
