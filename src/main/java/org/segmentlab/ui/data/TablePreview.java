package org.segmentlab.ui.data;

import java.time.LocalDateTime;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.segmentlab.ui.common.Css;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A read-only view of a Tablesaw table. Its items are row numbers ({@link RowIndexList}) and each
 * cell reads its value from the table when it comes on screen, so nothing is copied per row.
 */
public final class TablePreview {

    private static final double ROW_HEIGHT = 28;
    /** The cell font size of segmentlab.css (.sl-preview), for sizing columns before they are shown. */
    private static final double CELL_FONT_SIZE = 12.5;

    private final TableView<Integer> view = new TableView<>();

    public TablePreview() {
        view.getStyleClass().add(Css.PREVIEW);
        view.setFixedCellSize(ROW_HEIGHT);
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        view.setPlaceholder(new Label("No table selected"));
        view.setEditable(false);
    }

    public TableView<Integer> node() {
        return view;
    }

    /** Shows this table (or nothing for null). */
    public void show(Table table) {
        view.getColumns().clear();
        if (table == null) {
            view.setItems(new RowIndexList(0));
            return;
        }
        view.getColumns().add(rowNumberColumn());
        for (Column<?> column : table.columns()) {
            view.getColumns().add(valueColumn(column));
        }
        view.setItems(new RowIndexList(table.rowCount()));
        view.scrollTo(0);
    }

    private static TableColumn<Integer, String> rowNumberColumn() {
        TableColumn<Integer, String> column = new TableColumn<>("#");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(Integer.toString(cell.getValue() + 1)));
        column.getStyleClass().add(Css.ROW_NUMBER);
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(72);
        return column;
    }

    private static TableColumn<Integer, String> valueColumn(Column<?> data) {
        TableColumn<Integer, String> column = new TableColumn<>(data.name());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text(data, cell.getValue())));
        // Sorting would need a row order copied per row; the preview shows the file as it is.
        column.setSortable(false);
        if (isNumeric(data.type())) {
            column.getStyleClass().add(Css.NUMERIC_CELL);
        }
        column.setPrefWidth(preferredWidth(data));
        return column;
    }

    /** The value as the preview shows it: date-times with a space, not ISO's "T", and without zero seconds. */
    static String text(Column<?> data, int row) {
        if (data instanceof DateTimeColumn) {
            LocalDateTime value = ((DateTimeColumn) data).get(row);
            return value == null ? "" : value.toLocalDate() + " " + value.toLocalTime();
        }
        return data.getString(row);
    }

    private static boolean isNumeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.DOUBLE
                || type == ColumnType.FLOAT || type == ColumnType.SHORT;
    }

    /** Wide enough for the header and the longest of a few hundred values spread over the table. */
    private static double preferredWidth(Column<?> data) {
        String longest = data.name();
        int rows = data.size();
        int step = Math.max(1, rows / 300);
        for (int row = 0; row < rows; row += step) {
            longest = longer(longest, text(data, row));
        }
        if (rows > 0) {
            longest = longer(longest, text(data, rows - 1));
        }
        Text text = new Text(longest);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, CELL_FONT_SIZE));
        return Math.max(72, Math.min(380, Math.ceil(text.getLayoutBounds().getWidth()) + 28));
    }

    private static String longer(String a, String b) {
        return b.length() > a.length() ? b : a;
    }
}
