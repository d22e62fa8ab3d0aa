package org.segmentlab.core.data;

import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * A file read into a Tablesaw table, with the report of how it was read. Column order and names
 * in {@code table} equal {@code report.columns()}. Types: INTEGER as LongColumn, DECIMAL as
 * DoubleColumn, BOOLEAN as BooleanColumn, DATE as DateColumn, DATE_TIME as DateTimeColumn, TEXT
 * (and every customer-id / invoice column, ids normalised: {@code 17850.0} becomes {@code 17850})
 * as StringColumn.
 */
public record ImportedTable(Table table, ImportReport report) {

    /** The first column with this role, if any. */
    public Optional<ColumnInfo> column(ColumnRole role) {
        return report.columns().stream().filter(c -> c.role() == role).findFirst();
    }

    public int rowCount() {
        return table.rowCount();
    }
}
