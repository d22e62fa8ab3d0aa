package org.segmentlab.ui.start;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.segmentlab.ui.common.Theme;

/** A sample's README.md, shown as the text it is. */
public final class GuideDialog {

    private GuideDialog() {
    }

    public static Dialog<Void> dialog(Window owner, String sample, String guide) {
        TextArea text = new TextArea(guide);
        text.setId("guide-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("sl-guide-text");
        text.setPrefSize(900, 600);

        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Guide to the " + sample + " sample");
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        Theme.markDark(dialog.getDialogPane(), Theme.isDark());
        return dialog;
    }
}
