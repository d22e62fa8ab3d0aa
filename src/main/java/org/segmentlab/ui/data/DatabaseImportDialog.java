package org.segmentlab.ui.data;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.segmentlab.core.engine.DatabaseBrowser;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Theme;

/**
 * The "Import from a database" window: the connection (JDBC URL, user, a password typed or the name
 * of the environment variable holding it) with a Test button, the tables with their row counts or a
 * SQL query, the first rows of either, and Import. Everything that talks to the database runs in
 * the background ({@link DatabaseConnectionModel}); the window only shows it.
 */
public final class DatabaseImportDialog {

    private final DatabaseConnectionModel model;
    private final Stage stage = new Stage();
    private final TableView<List<String>> previewTable = new TableView<>();

    public DatabaseImportDialog(DatabaseConnectionModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Import from a database");
        BorderPane root = new BorderPane();
        root.getStyleClass().add(Css.DIALOG);
        root.setPadding(new Insets(16));
        root.setTop(connection());
        root.setCenter(browser());
        root.setBottom(actions());
        Scene scene = new Scene(root, 980, 700);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(560);
        stage.setOnHidden(event -> model.close());
        model.previewProperty().addListener((obs, old, now) -> showPreview(now));
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private Region connection() {
        TextField url = new TextField();
        url.setId("db-url");
        url.setPromptText("jdbc:postgresql://localhost:5432/shop");
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField user = new TextField();
        user.setId("db-user");
        user.setPromptText("optional");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("db-password");
        password.setPromptText("kept in memory for this session only, never saved");
        password.textProperty().bindBidirectional(model.passwordProperty());
        CheckBox fromEnv = new CheckBox("Password from environment variable");
        fromEnv.setId("db-password-from-env");
        fromEnv.selectedProperty().bindBidirectional(model.passwordFromEnvironmentProperty());
        TextField variable = new TextField();
        variable.setId("db-password-env");
        variable.setPromptText("e.g. SHOP_DB_PASSWORD");
        variable.textProperty().bindBidirectional(model.passwordVariableProperty());
        password.disableProperty().bind(fromEnv.selectedProperty());
        variable.disableProperty().bind(fromEnv.selectedProperty().not());

        Button test = new Button("Test");
        test.setId("db-test");
        test.setDefaultButton(true);
        test.disableProperty().bind(model.busyProperty());
        test.setOnAction(event -> model.test());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(16, 16);
        working.visibleProperty().bind(model.busyProperty().or(model.importingProperty()));
        Label status = new Label();
        status.setId("db-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Css.SOURCE_DETAIL);
        HBox testLine = new HBox(10, test, working, status);
        testLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label("JDBC URL"), url);
        grid.addRow(1, new Label("User"), user);
        grid.addRow(2, new Label("Password"), password);
        grid.add(fromEnv, 0, 3);
        grid.add(variable, 1, 3);
        grid.add(testLine, 0, 4, 2, 1);
        Label note = new Label("The project keeps the URL, the table or query, the user and the variable's name; "
                + "never the password.");
        note.getStyleClass().add(Css.NOTE);
        note.setWrapText(true);
        VBox box = new VBox(10, grid, note);
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    private Region browser() {
        TableView<DatabaseBrowser.Table> tables = new TableView<>(model.tables());
        tables.setId("db-tables");
        tables.setPlaceholder(new Label("Test the connection to list its tables"));
        tables.getColumns().add(textColumn("Schema", 120, t -> t.schema() == null ? "" : t.schema()));
        tables.getColumns().add(textColumn("Table", 220, DatabaseBrowser.Table::name));
        tables.getColumns().add(textColumn("Kind", 110, t -> t.kind() == null ? "" : t.kind()));
        TableColumn<DatabaseBrowser.Table, String> rows = textColumn("Rows", 110,
                t -> t.rows() == null ? "?" : ImportReportText.count(t.rows()));
        rows.getStyleClass().add(Css.NUMERIC_CELL);
        tables.getColumns().add(rows);
        tables.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tables.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.selectedTableProperty().set(now));
        model.selectedTableProperty().addListener((obs, old, now) -> {
            if (now == null) {
                tables.getSelectionModel().clearSelection();
            }
        });

        TextArea query = new TextArea();
        query.setId("db-query");
        query.setPromptText("SELECT customer_id, ordered_at, amount FROM sales.orders WHERE ordered_at >= '2024-01-01'");
        query.setWrapText(true);
        query.textProperty().bindBidirectional(model.queryProperty());
        Button previewQuery = new Button("Preview");
        previewQuery.setId("db-query-preview");
        previewQuery.disableProperty().bind(model.connectedProperty().not().or(model.busyProperty())
                .or(model.queryProperty().isEmpty()));
        previewQuery.setOnAction(event -> model.previewQuery());
        VBox.setVgrow(query, Priority.ALWAYS);
        VBox queryBox = new VBox(8, query, previewQuery);
        queryBox.setPadding(new Insets(8, 0, 0, 0));

        Tab tableTab = new Tab("Tables", tables);
        Tab queryTab = new Tab("SQL query", queryBox);
        tableTab.setClosable(false);
        queryTab.setClosable(false);
        TabPane tabs = new TabPane(tableTab, queryTab);
        tabs.setId("db-mode");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.queryModeProperty().set(now == queryTab));
        tabs.setMinHeight(150);

        Label previewTitle = new Label("First rows");
        previewTitle.getStyleClass().add(Css.PANEL_TITLE);
        Label problem = new Label();
        problem.setId("db-preview-problem");
        problem.getStyleClass().add(Css.SOURCE_PROBLEM);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.previewProblemProperty().get() == null
                ? "" : model.previewProblemProperty().get(), model.previewProblemProperty()));
        HBox previewBar = new HBox(12, previewTitle, problem);
        previewBar.setAlignment(Pos.CENTER_LEFT);
        previewTable.setId("db-preview");
        previewTable.getStyleClass().add(Css.PREVIEW);
        previewTable.setPlaceholder(new Label("Choose a table, or preview the query"));
        previewTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(previewTable, Priority.ALWAYS);
        previewTable.setMinHeight(120);
        VBox previewBox = new VBox(8, previewBar, previewTable);
        previewBox.setPadding(new Insets(8, 0, 0, 0));
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(tabs, previewBox);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        return split;
    }

    private Region actions() {
        Button cancel = new Button("Cancel import");
        cancel.setId("db-cancel-import");
        cancel.visibleProperty().bind(model.importingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> model.cancelImport());
        Button close = new Button("Close");
        close.setId("db-close");
        close.setCancelButton(true);
        close.setOnAction(event -> {
            model.cancelImport();
            stage.close();
        });
        Button importButton = new Button("Import");
        importButton.setId("db-import");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.disableProperty().bind(model.canImport().not());
        importButton.setOnAction(event -> model.importChosen(added -> {
            if (added) {
                stage.close();
            }
        }));
        HBox bar = new HBox(10, new Spacer(), cancel, close, importButton);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private void showPreview(DatabaseBrowser.Preview rows) {
        previewTable.getColumns().clear();
        if (rows == null) {
            previewTable.getItems().clear();
            return;
        }
        for (int c = 0; c < rows.columns().size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(rows.columns().get(c));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                    cell.getValue().get(index) == null ? "" : cell.getValue().get(index)));
            column.setSortable(false);
            int longest = rows.columns().get(c).length();
            for (List<String> row : rows.rows()) {
                longest = Math.max(longest, row.get(index) == null ? 0 : row.get(index).length());
            }
            column.setPrefWidth(Math.max(70, Math.min(300, 7.5 * longest + 28)));
            previewTable.getColumns().add(column);
        }
        previewTable.getItems().setAll(rows.rows());
    }

    private static <T> TableColumn<T, String> textColumn(String title, double width,
                                                         java.util.function.Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
