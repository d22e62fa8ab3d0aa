package org.segmentlab.ui.common;

import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps a table's column headers whole: each column is at least as wide as its header's text, so a
 * narrow window scrolls the table sideways rather than cutting "% customers" to "% custo…".
 */
public final class TableHeaders {

    /** Room beside the text: the header's padding and the sort arrow. */
    static final double PADDING = 30;

    private TableHeaders() {
    }

    /** Sets every column's minimum width to fit its header (an existing larger minimum stays). */
    public static <S> TableView<S> fit(TableView<S> table) {
        for (TableColumnBase<S, ?> column : table.getColumns()) {
            fit(column);
        }
        return table;
    }

    /** Fits only the columns given (long headers of wide columns may keep their own widths). */
    public static <S> TableView<S> fit(TableView<S> table, java.util.List<? extends TableColumnBase<S, ?>> columns) {
        columns.forEach(TableHeaders::fit);
        return table;
    }

    private static void fit(TableColumnBase<?, ?> column) {
        String header = column.getText();
        if (header == null || header.isEmpty()) {
            return;
        }
        double width = widthOf(header) + PADDING;
        if (column.getMinWidth() < width) {
            column.setMinWidth(width);
        }
        if (column.getMaxWidth() < width) {
            column.setMaxWidth(width);
        }
        if (column.getPrefWidth() < width) {
            column.setPrefWidth(width);
        }
    }

    /** The width of a header text in the default font, bold as headers are drawn. */
    static double widthOf(String text) {
        Text measured = new Text(text);
        Font base = Font.getDefault();
        measured.setFont(Font.font(base.getFamily(), FontWeight.BOLD, base.getSize()));
        return Math.ceil(measured.getLayoutBounds().getWidth());
    }
}
