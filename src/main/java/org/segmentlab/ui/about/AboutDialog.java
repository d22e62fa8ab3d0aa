package org.segmentlab.ui.about;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.segmentlab.Version;
import org.segmentlab.ui.common.Theme;

/** Help ▸ About: name, version, licence, and every bundled library with its licence. */
public final class AboutDialog {

    public static final String LICENCE = "GPL-3.0-or-later";
    static final String ICON = "/org/segmentlab/icons/segmentlab-128.png";

    private AboutDialog() {
    }

    /** The dialog's content, also what the GUI test looks at. */
    public static Node content(List<Library> libraries) {
        ImageView icon = new ImageView(new Image(AboutDialog.class.getResource(ICON).toExternalForm(), 96, 96, true, true));
        icon.setId("about-icon");
        Label name = new Label("SegmentLab");
        name.getStyleClass().add("sl-about-name");
        Label version = new Label("Version " + Version.current());
        version.setId("about-version");
        Label purpose = new Label("A desktop workbench for customer segmentation: RFM, behavioural features, "
                + "clustering, churn and propensity models.");
        purpose.setWrapText(true);
        Label licence = new Label("Free software under the GNU General Public License, version 3 or later ("
                + LICENCE + "). It comes with no warranty.");
        licence.setId("about-licence");
        licence.setWrapText(true);
        VBox text = new VBox(4, name, version, purpose, licence);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox head = new HBox(18, icon, text);
        head.setAlignment(Pos.CENTER_LEFT);

        Label built = new Label("Built with these libraries, each under its own licence:");
        built.getStyleClass().add("sl-panel-title");
        VBox box = new VBox(12, head, built, table(libraries));
        box.setPadding(new Insets(6, 0, 0, 0));
        box.getStyleClass().add("sl-about");
        box.setPrefWidth(640);
        return box;
    }

    private static TableView<Library> table(List<Library> libraries) {
        TableView<Library> table = new TableView<>();
        table.setId("about-libraries");
        table.getColumns().add(column("Library", 200, Library::name));
        table.getColumns().add(column("Licence", 220, Library::licence));
        table.getColumns().add(column("Website", 200, Library::website));
        table.getItems().setAll(libraries);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(300);
        return table;
    }

    private static TableColumn<Library, String> column(String title, double width,
                                                       java.util.function.Function<Library, String> value) {
        TableColumn<Library, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    public static Dialog<Void> dialog(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("About SegmentLab");
        dialog.getDialogPane().setContent(content(Libraries.bundled()));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        dialog.getDialogPane().getStyleClass().add("sl-dialog");
        Theme.markDark(dialog.getDialogPane(), Theme.isDark());
        return dialog;
    }

    public static void show(Window owner) {
        dialog(owner).showAndWait();
    }
}
