package org.segmentlab.ui.segment.cluster;

import java.util.ArrayList;
import java.util.List;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.TableFeatures;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
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
        FeatureMatrix matrix = TableFeatures.read(sourceName, imported, idColumn, features).matrix();
        if (matrix.customerCount() < 3) {
            throw new IllegalArgumentException(sourceName + ": too few customers to cluster (" + matrix.customerCount() + ")");
        }
        return matrix;
    }
}
