package org.segmentlab.core.features.attributes;

import java.util.List;

/**
 * How the attribute rows met the customer table's rows: ids on either side that found no partner,
 * counted, with the first few as examples.
 *
 * @param matched                  customers of the table that have an attribute row
 * @param rowsWithoutAttributes    customers of the table without an attribute row (their attributes are empty)
 * @param attributeIdsWithoutRow   attribute rows whose id is not a customer of the table (left out)
 */
public record AttributeJoinReport(String source, int matched,
                                  int rowsWithoutAttributes, List<String> firstRowsWithoutAttributes,
                                  int attributeIdsWithoutRow, List<String> firstAttributeIdsWithoutRow,
                                  int attributeRowsWithoutId) {

    /** How many examples each side keeps. */
    public static final int EXAMPLES = 5;

    public AttributeJoinReport {
        firstRowsWithoutAttributes = List.copyOf(firstRowsWithoutAttributes);
        firstAttributeIdsWithoutRow = List.copyOf(firstAttributeIdsWithoutRow);
    }

    public boolean allMatched() {
        return rowsWithoutAttributes == 0 && attributeIdsWithoutRow == 0;
    }

    /** One line for the analyst. */
    public String summary() {
        StringBuilder text = new StringBuilder(source).append(": ").append(matched).append(" customers matched");
        if (rowsWithoutAttributes > 0) {
            text.append("; ").append(rowsWithoutAttributes).append(" customers have no attribute row (")
                    .append(examples(firstRowsWithoutAttributes, rowsWithoutAttributes)).append(')');
        }
        if (attributeIdsWithoutRow > 0) {
            text.append("; ").append(attributeIdsWithoutRow).append(" attribute ids match no customer (")
                    .append(examples(firstAttributeIdsWithoutRow, attributeIdsWithoutRow)).append(')');
        }
        if (attributeRowsWithoutId > 0) {
            text.append("; ").append(attributeRowsWithoutId).append(" attribute rows have no customer id");
        }
        return text.toString();
    }

    private static String examples(List<String> first, int count) {
        return String.join(", ", first) + (count > first.size() ? ", ..." : "");
    }
}
