package org.segmentlab.ui.data;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportReport;
import org.segmentlab.core.project.SourceKind;

/** What a freshly imported file most likely holds, judged by the roles of its columns; the user can change it. */
public final class SourceKinds {

    private SourceKinds() {
    }

    public static SourceKind guess(ImportReport report) {
        Set<ColumnRole> roles = EnumSet.noneOf(ColumnRole.class);
        for (ColumnInfo column : report.columns()) {
            roles.add(column.role());
        }
        if (roles.contains(ColumnRole.TIMESTAMP) && roles.contains(ColumnRole.EVENT_TYPE)) {
            return SourceKind.EVENTS;
        }
        if (roles.contains(ColumnRole.TIMESTAMP) && (roles.contains(ColumnRole.AMOUNT)
                || roles.contains(ColumnRole.QUANTITY) || roles.contains(ColumnRole.UNIT_PRICE)
                || roles.contains(ColumnRole.INVOICE))) {
            return SourceKind.TRANSACTIONS;
        }
        if (roles.contains(ColumnRole.TIMESTAMP)) {
            return SourceKind.EVENTS;
        }
        return SourceKind.ATTRIBUTES;
    }

    /** "Transactions", as the workbench shows a kind. */
    public static String label(SourceKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
