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
        return StepHeader.of("Data", "The files of this project: preview each table, check the role of every column "
                + "and see what the import left out.", importButton);
    }

    private Node emptyState() {
        Node icon = Icon.IMPORT.node(48);
        icon.getStyleClass().add(Css.PLACEHOLDER_ICON);
        Label title = new Label("Drop a data file here");
        title.getStyleClass().add(Css.PLACEHOLDER_TITLE);
        Label text = new Label("CSV or TSV transactions, events or customer attributes. "
                + "Or use File ▸ Import data… (Ctrl+I).");
        text.getStyleClass().add(Css.PLACEHOLDER_TEXT);
        text.setWrapText(true);
        Button button = new Button("Choose a file…");
        button.setOnAction(event -> importAction.run());
        VBox box = new VBox(14, icon, title, text, button);
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
        HBox bar = new HBox(10, name, size, reading, new Spacer(), holds, kind);
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
        model.selectedProperty().addListener((obs, old, now) -> {
            if (old != null) {
                box.valueProperty().unbindBidirectional(old.kindProperty());
            }
            if (now != null) {
                box.valueProperty().bindBidirectional(now.kindProperty());
            }
        });
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
