package org.segmentlab.core.campaign;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Brings a column of another table into a results table by customer id: the {@code group} column of
 * an activation export with a holdout, joined to the outcomes that came back.
 *
 * @param table     the results table with the column added (as text; empty where the id was not found)
 * @param unmatched rows of the results whose id is not in the other table
 * @param share     the share of the other table's rows holding {@code value}, for the intended split
 */
public record ColumnJoin(Table table, int unmatched, double share) {

    /**
     * Adds {@code column} of {@code other} to a copy of {@code results}.
     *
     * @param value the value whose share of {@code other} is reported (the treatment value); may be null
     */
    public static ColumnJoin add(Table results, String idColumn, Table other, String otherIdColumn, String column,
                                 String value) {
        Column<?> id = CampaignTable.find(results, idColumn, "id");
        Column<?> otherId = CampaignTable.find(other, otherIdColumn, "id");
        Column<?> wanted = CampaignTable.find(other, column, "'" + column + "'");
        java.util.Map<String, String> byId = new java.util.HashMap<>();
        int matching = 0;
        for (int i = 0; i < other.rowCount(); i++) {
            String key = CampaignTable.text(otherId, i);
            String v = CampaignTable.text(wanted, i);
            if (key != null) {
                byId.put(key, v);
                matching += value != null && value.equalsIgnoreCase(v) ? 1 : 0;
            }
        }
        StringColumn added = StringColumn.create(wanted.name());
        int unmatched = 0;
        for (int i = 0; i < results.rowCount(); i++) {
            String key = CampaignTable.text(id, i);
            String v = key == null ? null : byId.get(key);
            if (v == null) {
                unmatched++;
                added.appendMissing();
            } else {
                added.append(v);
            }
        }
        Table copy = results.copy();
        copy.addColumns(added);
        return new ColumnJoin(copy, unmatched, byId.isEmpty() ? Double.NaN : (double) matching / byId.size());
    }
}
