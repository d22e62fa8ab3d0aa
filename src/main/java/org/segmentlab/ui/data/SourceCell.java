package org.segmentlab.ui.data;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Icon;

/** A data source in the list: file name, then its size, "Reading…" or what went wrong. */
final class SourceCell extends ListCell<DataSource> {

    private final Label name = new Label();
    private final Label detail = new Label();
    private final HBox graphic;
    private final javafx.scene.Node fileIcon = Icon.FILE.node(18);
    private final javafx.scene.Node databaseIcon = Icon.DATABASE.node(18);

    SourceCell() {
        getStyleClass().add(Css.SOURCE_CELL);
        // The list's width decides the cell's: long file names are cut, no horizontal scroll bar.
        setPrefWidth(0);
        name.getStyleClass().add(Css.SOURCE_NAME);
        detail.getStyleClass().add(Css.SOURCE_DETAIL);
        VBox text = new VBox(2, name, detail);
        graphic = new HBox(10, fileIcon, text);
        graphic.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(DataSource source, boolean empty) {
        super.updateItem(source, empty);
        detail.textProperty().unbind();
        detail.getStyleClass().remove(Css.SOURCE_PROBLEM);
        if (empty || source == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        name.setText(source.name());
        graphic.getChildren().set(0, source.database() != null ? databaseIcon : fileIcon);
        detail.textProperty().bind(Bindings.createStringBinding(() -> describe(source),
                source.tableProperty(), source.loadingProperty(), source.problemProperty(), source.kindProperty()));
        if (source.problem() != null) {
            detail.getStyleClass().add(Css.SOURCE_PROBLEM);
        }
        Tooltip tip = new Tooltip();
        String where = source.database() == null ? String.valueOf(source.options().file())
                : source.database().url() + (source.database().table() != null ? " · " + source.database().table()
                : " · " + source.database().query());
        tip.textProperty().bind(Bindings.createStringBinding(() -> where + "\n" + describe(source),
                detail.textProperty()));
        setTooltip(tip);
        setText(null);
        setGraphic(graphic);
    }

    static String describe(DataSource source) {
        if (source.isLoading()) {
            return "Reading…";
        }
        if (source.problem() != null) {
            return source.problem();
        }
        ImportedTable table = source.table();
        if (table == null) {
            return "Not read";
        }
        return SourceKinds.label(source.kind()) + " · " + ImportReportText.rows(table.rowCount());
    }
}
