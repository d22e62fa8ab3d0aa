package org.segmentlab.cli;

import java.util.List;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ImportedTable;

/** What the campaign commands share: finding the id column. */
final class CampaignCli {

    private static final List<String> USUAL_IDS = List.of("customer_id", "CustomerID");

    private CampaignCli() {
    }

    /** The id column given, else customer_id/CustomerID when the file has one, else null (row numbers). */
    static String idColumn(ImportedTable table, String given) {
        if (given != null) {
            return given;
        }
        for (ColumnInfo c : table.report().columns()) {
            for (String usual : USUAL_IDS) {
                if (c.name().equalsIgnoreCase(usual)) {
                    return c.name();
                }
            }
        }
        return null;
    }
}
