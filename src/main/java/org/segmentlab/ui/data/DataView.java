package org.segmentlab.ui.data;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Follow;
import org.segmentlab.ui.common.Icon;
import org.segmentlab.ui.common.StepHeader;

/** The Data step's screen: sources on the left, the selected table in the middle, roles and report on the right. */
public final class DataView {

    private final DataViewModel model;
    private final Runnable importAction;
    private final BorderPane root = new BorderPane();
    private final TablePreview preview = new TablePreview();
    /** Held here: bindings are only weakly referenced by what they observe. */
    private final Follow<DataSource, ImportedTable> selectedTable;
    /** Held here: the selection observes their bindings only weakly. */
    private final RolesEditor rolesEditor;
    private final ImportReportView reportView;

    /** @param importAction what "Import data…" does (the workbench's command, with its file chooser) */
    public DataView(DataViewModel model, Runnable importAction) {
        this.model = model;
        this.importAction = importAction;
        this.selectedTable = Follow.of(model.selectedProperty(), DataSource::tableProperty, null);
        this.rolesEditor = new RolesEditor(model);
        this.reportView = new ImportReportView(model);
        root.getStyleClass().add(Css.STEP_CONTENT);
        root.setTop(header());
        StackPane body = new StackPane();
        Node emptyState = emptyState();
        Node workspace = workspace();
        body.getChildren().addAll(workspace, emptyState);
        emptyState.visibleProperty().bind(Bindings.isEmpty(model.sources()));
        workspace.visibleProperty().bind(emptyState.visibleProperty().not());
        root.setCenter(body);
        selectedTable.addListener((obs, old, now) -> preview.show(now == null ? null : now.table()));
        DataSource selected = model.selected();
        preview.show(selected == null || selected.table() == null ? null : selected.table().table());
    }

    public Node node() {
        return root;
    }

    private Node header() {
        Button importButton = new Button("Import data…", Icon.IMPORT.node(14));
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.setOnAction(event -> importAction.run());
        importButton.setId("data-import");
        Button databaseButton = new Button("Import from a database…", Icon.DATABASE.node(14));
        databaseButton.setOnAction(event -> openDatabaseDialog());
        databaseButton.setId("data-import-database");
        // the description wraps; the buttons keep their whole labels
        databaseButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        importButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return StepHeader.of("Data", "The files and database tables of this project: preview each table, check the "
                + "role of every column and see what the import left out.", databaseButton, importButton);
    }

    /** The connection dialog, importing into this project. */
    private void openDatabaseDialog() {
        javafx.stage.Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        new DatabaseImportDialog(model.newDatabaseConnection(), owner).show();
    }

    /** Asks for the password of a reopened database source (typed passwords are not saved). */
    private void askPassword() {
        DataSource source = model.selected();
        if (source == null || source.database() == null) {
            return;
        }
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        javafx.stage.Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Database password");
        dialog.setHeaderText("Password for " + (source.database().user() == null ? "" : source.database().user() + " at ")
                + source.database().url());
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("data-password");
        field.setPromptText("kept in memory for this session only");
        Label note = new Label("The project does not keep typed passwords; to avoid this question, give the password "
                + "in an environment variable when importing.");
        note.setWrapText(true);
        note.getStyleClass().add(Css.NOTE);
        dialog.getDialogPane().setContent(new VBox(10, field, note));
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(480);
        dialog.getDialogPane().getStyleClass().add(Css.DIALOG);
        dialog.getDialogPane().getStylesheets().add(org.segmentlab.ui.common.Theme.stylesheet());
        org.segmentlab.ui.common.Theme.markDark(dialog.getDialogPane(), org.segmentlab.ui.common.Theme.isDark());
        dialog.setResultConverter(button -> button == javafx.scene.control.ButtonType.OK ? field.getText() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        dialog.showAndWait().ifPresent(password -> model.providePassword(source.id(), password));
    }

    private Node emptyState() {
        Node icon = Icon.IMPORT.node(48);
        icon.getStyleClass().add(Css.PLACEHOLDER_ICON);
        Label title = new Label("Drop a data file here");
        title.getStyleClass().add(Css.PLACEHOLDER_TITLE);
        Label text = new Label("CSV or TSV transactions, events or customer attributes. "
                + "Or use File ▸ Import data… (Ctrl+I), or import a table from a database.");
        text.getStyleClass().add(Css.PLACEHOLDER_TEXT);
        text.setWrapText(true);
        Button button = new Button("Choose a file…");
        button.setOnAction(event -> importAction.run());
        Button database = new Button("Import from a database…");
        database.setId("data-empty-import-database");
        database.setOnAction(event -> openDatabaseDialog());
        HBox buttons = new HBox(10, button, database);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(14, icon, title, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(560, 320);
        box.getStyleClass().add(Css.DROP_ZONE);
        StackPane holder = new StackPane(box);
        holder.setPadding(new Insets(24));
        return holder;
    }

    private Node workspace() {
        SplitPane split = new SplitPane(sourceList(), tableArea(), sidePanel());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.16, 0.71);
        return split;
    }

    private Node sourceList() {
        ListView<DataSource> list = new ListView<>(model.sources());
        list.setId("data-sources");
        list.getStyleClass().addAll(Css.SOURCE_LIST, Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(view -> new SourceCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        MenuItem remove = new MenuItem("Remove from project");
        remove.setOnAction(event -> model.removeSelected());
        list.setContextMenu(new ContextMenu(remove));
        Label title = new Label("Sources");
        title.getStyleClass().add(Css.PANEL_TITLE);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox panel = new VBox(8, title, list);
        panel.getStyleClass().add(Css.PANEL);
        panel.setMinWidth(180);
        return panel;
    }

    private Node tableArea() {
        Label name = new Label();
        name.getStyleClass().add(Css.PANEL_TITLE);
        name.textProperty().bind(Bindings.createStringBinding(
                () -> model.selected() == null ? "" : model.selected().name(), model.selectedProperty()));
        Label size = new Label();
        size.getStyleClass().add(Css.SOURCE_DETAIL);
        size.textProperty().bind(Bindings.createStringBinding(
                () -> selectedTable.get() == null ? "" : describeSize(selectedTable.get()), selectedTable));
        ProgressIndicator reading = new ProgressIndicator();
        reading.setPrefSize(16, 16);
        reading.visibleProperty().bind(Follow.of(model.selectedProperty(), DataSource::loadingProperty, false)
                .isEqualTo(true));
        Label holds = new Label("Holds");
        holds.getStyleClass().add(Css.SOURCE_DETAIL);
        ComboBox<SourceKind> kind = kindBox();
        Button password = new Button("Enter password…");
        password.setId("data-enter-password");
        password.getStyleClass().add(Styles.SMALL);
        password.visibleProperty().bind(Follow.of(model.selectedProperty(), DataSource::needsPasswordProperty, false)
                .isEqualTo(true));
        password.managedProperty().bind(password.visibleProperty());
        password.setOnAction(event -> askPassword());
        HBox bar = new HBox(10, name, size, reading, password, new Spacer(), holds, kind);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(preview.node(), Priority.ALWAYS);
        VBox area = new VBox(8, bar, preview.node());
        area.getStyleClass().add(Css.PANEL);
        return area;
    }

    /** What the selected file holds; the user corrects the guess here. */
    private ComboBox<SourceKind> kindBox() {
        ComboBox<SourceKind> box = new ComboBox<>();
        box.getItems().setAll(SourceKind.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(SourceKind kind) {
                return kind == null ? "" : SourceKinds.label(kind);
            }

            @Override
            public SourceKind fromString(String text) {
                return null;
            }
        });
        box.setId("data-source-kind");
        box.getStyleClass().add(Styles.SMALL);
        javafx.beans.value.ChangeListener<DataSource> follow = (obs, old, now) -> {
            if (old != null) {
                box.valueProperty().unbindBidirectional(old.kindProperty());
            }
            if (now != null) {
                box.valueProperty().bindBidirectional(now.kindProperty());
            }
        };
        model.selectedProperty().addListener(follow);
        // a project opened before the step is first shown has its source chosen already
        follow.changed(model.selectedProperty(), null, model.selectedProperty().get());
        box.disableProperty().bind(model.selectedProperty().isNull());
        return box;
    }

    private static String describeSize(ImportedTable table) {
        return ImportReportText.rows(table.rowCount()) + " × " + ImportReportText.columns(table.table().columnCount());
    }

    private Node sidePanel() {
        Tab roles = new Tab("Columns & roles", rolesEditor.node());
        Tab report = new Tab("Import report", reportView.node());
        TabPane tabs = new TabPane(roles, report);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(340);
        tabs.setId("data-side-tabs");
        return tabs;
    }

    /** The preview table, for tests. */
    public TablePreview preview() {
        return preview;
    }
}
