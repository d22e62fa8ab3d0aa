package org.segmentlab.ui.data;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ColumnType;

/** One line of the roles editor: a column, its detected type and the role the user can change. */
public final class ColumnRoleRow {

    private final ColumnInfo column;
    private final ObjectProperty<ColumnRole> role;

    ColumnRoleRow(ColumnInfo column) {
        this.column = column;
        this.role = new SimpleObjectProperty<>(this, "role", column.role());
    }

    public String name() {
        return column.name();
    }

    public ColumnType type() {
        return column.type();
    }

    /** The detected type in words: "Date-time". */
    public String typeText() {
        return ImportReportText.typeName(column.type());
    }

    /** The pattern that read the dates, e.g. "dd/MM/yyyy HH:mm", or "" for other columns. */
    public String datePattern() {
        return column.datePattern() == null ? "" : column.datePattern();
    }

    public long missing() {
        return column.missing();
    }

    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    public ColumnRole role() {
        return role.get();
    }
}
