package org.segmentlab.core.features.attributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableFeature;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.FeatureFamily;

/**
 * Puts attribute values beside the customer table's rows, matched on the customer id, and reports
 * the ids that found no partner on either side. Attribute columns are named in snake_case
 * ({@code MonthlyCharges} → {@code monthly_charges}); a date column becomes {@code days_since_<name>},
 * whole days from the date to the as-of day. A name another family already uses gets {@code _attribute}.
 */
public final class AttributeJoin {

    /** The attribute columns aligned to the rows, and how the ids matched. */
    public record Result(CustomerTable table, AttributeJoinReport report) {
    }

    /**
     * @param rows       the customer table's ids, in its order
     * @param takenNames feature names already used by the other families
     */
    public Result join(AttributeTable attributes, List<String> rows, CustomerTableWindow window, Set<String> takenNames) {
        Map<String, Integer> rowOf = new HashMap<>(rows.size() * 2);
        for (int r = 0; r < rows.size(); r++) {
            rowOf.put(rows.get(r), r);
        }
        List<String> ids = attributes.customerIds();
        int[] target = new int[ids.size()];
        boolean[] matchedRow = new boolean[rows.size()];
        int unmatchedAttributes = 0;
        List<String> firstUnmatchedAttributes = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            Integer row = rowOf.get(ids.get(k));
            target[k] = row == null ? -1 : row;
            if (row == null) {
                unmatchedAttributes++;
                if (firstUnmatchedAttributes.size() < AttributeJoinReport.EXAMPLES) {
                    firstUnmatchedAttributes.add(ids.get(k));
                }
            } else {
                matchedRow[row] = true;
            }
        }
        int matched = 0;
        int unmatchedRows = 0;
        List<String> firstUnmatchedRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (matchedRow[r]) {
                matched++;
            } else {
                unmatchedRows++;
                if (firstUnmatchedRows.size() < AttributeJoinReport.EXAMPLES) {
                    firstUnmatchedRows.add(rows.get(r));
                }
            }
        }

        Set<String> used = new HashSet<>(takenNames);
        List<CustomerTable.Column> columns = new ArrayList<>();
        for (AttributeTable.Attribute attribute : attributes.attributes()) {
            columns.add(align(attribute, target, rows.size(), window, attributes.source(), used));
        }
        AttributeJoinReport report = new AttributeJoinReport(attributes.source(), matched, unmatchedRows,
                firstUnmatchedRows, unmatchedAttributes, firstUnmatchedAttributes, attributes.rowsWithoutId());
        return new Result(new CustomerTable(rows, columns), report);
    }

    private static CustomerTable.Column align(AttributeTable.Attribute attribute, int[] target, int rows,
                                              CustomerTableWindow window, String source, Set<String> used) {
        String base = CustomerTableFeature.snakeCase(attribute.column());
        String description = "'" + attribute.column() + "' from " + source;
        if (attribute.kind() == AttributeTable.Attribute.Kind.DATE) {
            base = "days_since_" + base;
            description = "Days from '" + attribute.column() + "' (" + source + ") to the as-of day";
        }
        CustomerTableFeature feature = new CustomerTableFeature(uniqueName(base, used), FeatureFamily.ATTRIBUTES,
                description);
        if (attribute.kind() == AttributeTable.Attribute.Kind.CATEGORY) {
            String[] out = new String[rows];
            for (int k = 0; k < target.length; k++) {
                if (target[k] >= 0) {
                    out[target[k]] = attribute.texts()[k];
                }
            }
            return CustomerTable.Column.categorical(feature, out);
        }
        double[] out = new double[rows];
        Arrays.fill(out, Double.NaN);
        long asOfDay = window.asOf().toEpochDay();
        boolean date = attribute.kind() == AttributeTable.Attribute.Kind.DATE;
        for (int k = 0; k < target.length; k++) {
            if (target[k] >= 0) {
                double value = attribute.numbers()[k];
                out[target[k]] = date ? asOfDay - value : value;
            }
        }
        return CustomerTable.Column.numeric(feature, out);
    }

    private static String uniqueName(String base, Set<String> used) {
        String name = used.contains(base) ? base + "_attribute" : base;
        String candidate = name;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = name + "_" + n;
        }
        used.add(candidate);
        return candidate;
    }
}
