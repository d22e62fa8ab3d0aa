package org.segmentlab.core.data;

/**
 * How the values of one column are read in the current pass.
 *
 * @param layout         the date layout for DATE and DATE_TIME columns, else null
 * @param id             values are ids: text, normalised by {@link CustomerIds}
 * @param numbersAsCodes numbers with leading zeros ({@code 007}) make the column text; false in
 *                       quantity/amount/price columns, where {@code 007} is simply 7
 */
record ColumnPlan(ColumnType type, DateFormats.Layout layout, boolean id, boolean numbersAsCodes) {

    static final ColumnPlan TEXT = new ColumnPlan(ColumnType.TEXT, null, false, true);
    static final ColumnPlan ID = new ColumnPlan(ColumnType.TEXT, null, true, true);

    static ColumnPlan of(ColumnType type) {
        return new ColumnPlan(type, null, false, true);
    }

    static ColumnPlan date(ColumnType type, DateFormats.Layout layout) {
        return new ColumnPlan(type, layout, false, true);
    }
}
