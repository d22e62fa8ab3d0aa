package org.segmentlab.core.data;

/**
 * One column as imported: its name, position, detected type and role.
 *
 * @param datePattern the {@link java.time.format.DateTimeFormatter} pattern that parsed the column
 *                    ("epoch-seconds" for epoch timestamps), or null when it is not a date
 * @param missing     number of empty or missing values in the kept rows
 */
public record ColumnInfo(String name, int index, ColumnType type, ColumnRole role, String datePattern, long missing) {

    public ColumnInfo withRole(ColumnRole newRole) {
        return new ColumnInfo(name, index, type, newRole, datePattern, missing);
    }
}
