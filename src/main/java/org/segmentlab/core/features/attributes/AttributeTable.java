package org.segmentlab.core.features.attributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportedTable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One row per customer, any columns: plan, country, age, sign-up date, a churn label... Numbers and
 * booleans (as 0/1) become numeric attributes, dates become "days since" at the as-of day, anything
 * else is a category. Rows without a customer id are left out and counted.
 */
public final class AttributeTable {

    private final String source;
    private final List<String> customerIds;
    private final List<Attribute> attributes;
    private final int rowsWithoutId;

    /**
     * @throws DuplicateCustomerIdsException when an id is on more than one row
     */
    public AttributeTable(String source, List<String> customerIds, List<Attribute> attributes, int rowsWithoutId) {
        this.source = Objects.requireNonNull(source, "source");
        this.customerIds = List.copyOf(customerIds);
        this.attributes = List.copyOf(attributes);
        this.rowsWithoutId = rowsWithoutId;
        for (Attribute attribute : this.attributes) {
            if (attribute.size() != this.customerIds.size()) {
                throw new IllegalArgumentException("attribute '" + attribute.column() + "' has " + attribute.size()
                        + " values for " + this.customerIds.size() + " customers");
            }
        }
        checkUnique(source, this.customerIds);
    }

    /** The attributes of an imported file, keyed by its customer id column; ignored columns are left out. */
    public static AttributeTable from(ImportedTable imported) {
        String source = imported.report().file() == null ? "attributes"
                : String.valueOf(imported.report().file().getFileName());
        String idColumn = imported.column(ColumnRole.CUSTOMER_ID).map(ColumnInfo::name)
                .orElseThrow(() -> new IllegalArgumentException(source
                        + ": no column was recognised as the customer id, so the attributes cannot be joined"));
        Set<String> ignored = new HashSet<>();
        for (ColumnInfo column : imported.report().columns()) {
            if (column.role() == ColumnRole.IGNORE) {
                ignored.add(column.name());
            }
        }
        return from(imported.table(), idColumn, ignored, source);
    }

    /** The attributes of {@code table} keyed by {@code idColumn}, leaving out the columns {@code skip}. */
    public static AttributeTable from(Table table, String idColumn, Set<String> skip, String source) {
        if (!table.containsColumn(idColumn)) {
            throw new IllegalArgumentException(source + ": no column '" + idColumn + "'; columns are " + table.columnNames());
        }
        Column<?> ids = table.column(idColumn);
        int rows = table.rowCount();
        int[] keep = new int[rows];
        int kept = 0;
        List<String> customerIds = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String id = ids.isMissing(i) ? "" : ids.getString(i).strip();
            if (!id.isEmpty()) {
                keep[kept++] = i;
                customerIds.add(id);
            }
        }
        int[] keptRows = Arrays.copyOf(keep, kept);
        List<Attribute> attributes = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            if (column.name().equals(idColumn) || skip.contains(column.name())) {
                continue;
            }
            attributes.add(read(column, keptRows));
        }
        return new AttributeTable(source, customerIds, attributes, rows - kept);
    }

    /** Where the attributes came from, for messages (usually the file name). */
    public String source() {
        return source;
    }

    public List<String> customerIds() {
        return customerIds;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    public int rowsWithoutId() {
        return rowsWithoutId;
    }

    private static Attribute read(Column<?> column, int[] rows) {
        int n = rows.length;
        if (column instanceof BooleanColumn) {
            BooleanColumn flags = (BooleanColumn) column;
            double[] out = new double[n];
            for (int k = 0; k < n; k++) {
                Boolean value = flags.get(rows[k]);
                out[k] = value == null ? Double.NaN : value ? 1 : 0;
            }
            return Attribute.numeric(column.name(), out);
        }
        if (column instanceof NumericColumn) {
            NumericColumn<?> numbers = (NumericColumn<?>) column;
            double[] out = new double[n];
            for (int k = 0; k < n; k++) {
                out[k] = numbers.isMissing(rows[k]) ? Double.NaN : numbers.getDouble(rows[k]);
            }
            return Attribute.numeric(column.name(), out);
        }
        if (column instanceof DateColumn || column instanceof DateTimeColumn) {
            double[] out = new double[n];
            for (int k = 0; k < n; k++) {
                int row = rows[k];
                if (column.isMissing(row)) {
                    out[k] = Double.NaN;
                } else if (column instanceof DateColumn) {
                    out[k] = ((DateColumn) column).get(row).toEpochDay();
                } else {
                    out[k] = ((DateTimeColumn) column).get(row).toLocalDate().toEpochDay();
                }
            }
            return Attribute.date(column.name(), out);
        }
        String[] out = new String[n];
        for (int k = 0; k < n; k++) {
            int row = rows[k];
            String value = column.isMissing(row) ? null : column.getString(row).strip();
            out[k] = value == null || value.isEmpty() ? null : value;
        }
        return Attribute.categorical(column.name(), out);
    }

    private static void checkUnique(String source, List<String> ids) {
        Set<String> seen = new HashSet<>(ids.size() * 2);
        Set<String> duplicates = new LinkedHashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                duplicates.add(id);
            }
        }
        if (!duplicates.isEmpty()) {
            throw new DuplicateCustomerIdsException(source, duplicates.size(),
                    duplicates.stream().limit(AttributeJoinReport.EXAMPLES).toList());
        }
    }

    /**
     * One attribute column as read: numbers (booleans as 0/1), dates as epoch days, or categories.
     *
     * @param numbers for numeric and date attributes; NaN where missing
     * @param texts   for categorical attributes; null where missing
     */
    public record Attribute(String column, Kind kind, double[] numbers, String[] texts) {

        public enum Kind { NUMBER, DATE, CATEGORY }

        public Attribute {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(kind, "kind");
            if ((kind == Kind.CATEGORY) != (texts != null) || (kind == Kind.CATEGORY) == (numbers != null)) {
                throw new IllegalArgumentException("attribute '" + column + "' does not hold what its kind says");
            }
        }

        public static Attribute numeric(String column, double[] numbers) {
            return new Attribute(column, Kind.NUMBER, numbers, null);
        }

        public static Attribute date(String column, double[] epochDays) {
            return new Attribute(column, Kind.DATE, epochDays, null);
        }

        public static Attribute categorical(String column, String[] texts) {
            return new Attribute(column, Kind.CATEGORY, null, texts);
        }

        public int size() {
            return numbers != null ? numbers.length : texts.length;
        }
    }
}
