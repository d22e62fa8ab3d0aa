package org.segmentlab.core.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Segments joined to a campaign by customer id, from an assignments table such as
 * {@code assignments.csv} ({@code customer_id,segment_id,segment_name}), an RFM table
 * ({@code customer_id,…,segment}) or an activation export's {@code customers.csv}.
 *
 * @param segmentOf each customer's segment name, by id
 * @param column    the column the names were read from
 */
public record SegmentAssignments(Map<String, String> segmentOf, String column) {

    /** Names read from the first of segment_name, segment, segment_id found. */
    private static final List<String> NAME_COLUMNS = List.of("segment_name", "segment", "segment_id");

    public SegmentAssignments {
        segmentOf = Map.copyOf(segmentOf);
    }

    /**
     * Reads the assignments.
     *
     * @param idColumn the id column; null for {@code customer_id}, else the first column
     */
    public static SegmentAssignments from(Table table, String idColumn) {
        Column<?> id;
        if (idColumn != null) {
            id = CampaignTable.find(table, idColumn, "id");
        } else if (table.columnNames().stream().anyMatch(c -> c.equalsIgnoreCase("customer_id"))) {
            id = CampaignTable.find(table, "customer_id", "id");
        } else {
            id = table.column(0);
        }
        Column<?> name = null;
        for (String wanted : NAME_COLUMNS) {
            for (Column<?> c : table.columns()) {
                if (name == null && c.name().equalsIgnoreCase(wanted)) {
                    name = c;
                }
            }
        }
        if (name == null) {
            throw new IllegalArgumentException("no segment column (segment_name, segment or segment_id); the columns "
                    + "are " + String.join(", ", table.columnNames()));
        }
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < table.rowCount(); i++) {
            String key = CampaignTable.text(id, i);
            String value = CampaignTable.text(name, i);
            if (key != null && value != null) {
                map.put(key, value);
            }
        }
        return new SegmentAssignments(map, name.name());
    }

    /** The campaign's customers with the segment of their id; those not found get none. */
    public CampaignOutcomes joinTo(CampaignOutcomes outcomes) {
        String[] segments = new String[outcomes.size()];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = segmentOf.get(outcomes.customerIds().get(i));
        }
        return outcomes.withSegments(segments);
    }
}
