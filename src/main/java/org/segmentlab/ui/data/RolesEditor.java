package org.segmentlab.ui.data;

import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Follow;

/** One line per column: name, detected type, and a role the user can change. */
public final class RolesEditor {

    /** Property key under which each role box keeps its column name, so tests can find it. */
    public static final String COLUMN_KEY = "sl.column";

    private final DataViewModel model;
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane();

    public RolesEditor(DataViewModel model) {
        this.model = model;
        grid.getStyleClass().add(Css.ROLES_EDITOR);
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        name.setMinWidth(80);
        ColumnConstraints role = new ColumnConstraints(160);
        role.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(name, role);
        scroll.setContent(grid);
        scroll.setFitToWidth(true);
        model.columns().addListener((ListChangeListener<ColumnRoleRow>) change -> rebuild());
        rebuild();
    }

    public Node node() {
        return scroll;
    }

    private void rebuild() {
        grid.getChildren().clear();
        if (model.columns().isEmpty()) {
            Label empty = new Label("Columns and their roles appear here once a file is read.");
            empty.setWrapText(true);
            empty.getStyleClass().add(Css.NOTE);
            grid.add(empty, 0, 0, 2, 1);
            return;
        }
        grid.add(header("Column"), 0, 0);
        grid.add(header("Role"), 1, 0);
        int line = 1;
        for (ColumnRoleRow row : model.columns()) {
            Label name = new Label(row.name());
            name.setTooltip(new javafx.scene.control.Tooltip(row.name()));
            name.getStyleClass().add(Css.COLUMN_NAME);
            Label type = new Label(row.typeText());
            type.getStyleClass().add(Css.TYPE_BADGE);
            type.setMinWidth(Region.USE_PREF_SIZE);
            Label pattern = new Label(row.datePattern());
            pattern.getStyleClass().add(Css.METRIC_LABEL);
            if (!row.datePattern().isEmpty()) {
                pattern.setTooltip(new Tooltip("Dates read with the pattern " + row.datePattern()));
            }
            Label missing = new Label(row.missing() == 0 ? "" : ImportReportText.count(row.missing()) + " empty");
            missing.getStyleClass().add(Css.METRIC_LABEL);
            HBox details = new HBox(6, type, pattern, missing);
            details.setAlignment(Pos.CENTER_LEFT);
            grid.add(new VBox(3, name, details), 0, line);
            grid.add(roleBox(row), 1, line);
            line++;
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.METRIC_LABEL);
        return label;
    }

    private ComboBox<ColumnRole> roleBox(ColumnRoleRow row) {
        ComboBox<ColumnRole> box = new ComboBox<>();
        box.getItems().setAll(ColumnRole.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ColumnRole role) {
                return role == null ? "" : role.label();
            }

            @Override
            public ColumnRole fromString(String text) {
                return null;
            }
        });
        box.setButtonCell(new RoleCell());
        box.setCellFactory(list -> new RoleCell());
        box.setValue(row.role());
        box.valueProperty().bindBidirectional(row.roleProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        box.getProperties().put(COLUMN_KEY, row.name());
        box.setAccessibleText("Role of " + row.name());
        box.disableProperty().bind(Follow.of(model.selectedProperty(), DataSource::loadingProperty, false)
                .isEqualTo(true));
        return box;
    }

    private static final class RoleCell extends ListCell<ColumnRole> {
        @Override
        protected void updateItem(ColumnRole role, boolean empty) {
            super.updateItem(role, empty);
            setText(empty || role == null ? null : role.label());
        }
    }
}
