package org.segmentlab.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.Callback;
import javafx.util.converter.DefaultStringConverter;

/** Table cells of text that give all of it on hover, so a narrow column never hides a word for good. */
public final class TextCells {

    private TextCells() {
    }

    /** Read-only text cells with the whole text as their tooltip. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> withTooltip() {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        };
    }

    /** Editable text cells (double-click) with the whole text as their tooltip. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> editableWithTooltip() {
        return column -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        };
    }
}
