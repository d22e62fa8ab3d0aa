package org.segmentlab.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.engine.DatabaseBrowser;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.testing.TestPostgres;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.customers.CustomersViewModel;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.TestDependencies;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window: "Import from a database…", connect, list the tables, preview one, import it, and
 * build the customer table from it. Against an embedded DuckDB file (always), and against the
 * PostgreSQL server {@code .ci/run} starts (skipped with a printed reason when there is none).
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseImportWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    /** Eight lines of four customers; one line has no customer. */
    private static final String ROWS = "(17850, 'A1', TIMESTAMP '2011-01-03 10:00:00', 20.5), "
            + "(17850, 'A2', TIMESTAMP '2011-02-01 09:30:00', 14.0), "
            + "(13047, 'B1', TIMESTAMP '2011-01-20 12:00:00', 99.0), "
            + "(13047, 'B2', TIMESTAMP '2011-03-01 12:00:00', 41.0), "
            + "(12583, 'K1', TIMESTAMP '2011-03-05 08:00:00', 5.25), "
            + "(14527, 'E1', TIMESTAMP '2011-03-08 16:00:00', 12.0), "
            + "(14527, 'E2', TIMESTAMP '2011-03-09 16:00:00', 8.0), "
            + "(NULL, 'D1', TIMESTAMP '2011-03-06 08:00:00', 7.0)";

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TestDependencies dependencies;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        Theme.installBase();
        dependencies = new TestDependencies(DataReader.tableImporter(), dialogs, dir.resolve("recovery"));
        workbench = new Workbench(stage, dependencies.get());
        workbench.show();
    }

    @AfterEach
    void stopWorkers() {
        dependencies.close();
    }

    @Test
    void importsATableOfADuckDbFileAndBuildsTheCustomerTable(FxRobot robot) throws Exception {
        Path file = dir.resolve("shop.duckdb");
        String url = "jdbc:duckdb:" + file;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (customer_id INTEGER, invoice VARCHAR, ordered_at TIMESTAMP, amount DOUBLE)");
            s.execute("INSERT INTO orders VALUES " + ROWS);
            s.execute("CREATE TABLE regions (region VARCHAR, manager VARCHAR)");
        }

        importThroughTheDialog(robot, url, "orders", "Connected: DuckDB", "database-import-duckdb");

        buildCustomers(robot, "database-import-customers");
    }

    @Test
    void importsATableOfThePostgresServerAndBuildsTheCustomerTable(FxRobot robot) throws Exception {
        String url = TestPostgres.url();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS window_test_orders");
            s.execute("CREATE TABLE window_test_orders (customer_id integer, invoice text, ordered_at timestamp, "
                    + "amount double precision)");
            s.execute("INSERT INTO window_test_orders VALUES " + ROWS);
        }

        importThroughTheDialog(robot, url, "window_test_orders", "Connected: PostgreSQL", "database-import-postgres");

        buildCustomers(robot, "database-import-postgres-customers");
        assertThat(String.join("\n", workbench.data().sourceRefs().toString()))
                .doesNotContainIgnoringCase("password=");
    }

    @Test
    void reopenedProjectAsksForATypedPasswordOnceAndThenReadsTheTable(FxRobot robot) throws Exception {
        Path file = dir.resolve("shop.duckdb");
        String url = "jdbc:duckdb:" + file;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (customer_id INTEGER, invoice VARCHAR, ordered_at TIMESTAMP, amount DOUBLE)");
            s.execute("INSERT INTO orders VALUES " + ROWS);
        }
        Path projectFile = dir.resolve("shop" + org.segmentlab.core.project.ProjectStore.EXTENSION);
        new org.segmentlab.core.project.ProjectStore().save(org.segmentlab.core.project.Project.named("Shop")
                .withSource(org.segmentlab.core.project.DataSourceRef.ofDatabase("transactions", SourceKind.TRANSACTIONS,
                        new org.segmentlab.core.project.DatabaseRef(url, "orders", null, "analyst", null, true),
                        org.segmentlab.core.project.ImportSettings.DETECT)), projectFile);

        robot.interact(() -> workbench.model().openProject(projectFile));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.data().sources().size() == 1
                && workbench.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        DataSource source = workbench.data().selected();
        assertThat(source.needsPassword()).isTrue();
        assertThat(source.table()).isNull();
        assertThat(robot.lookup(".sl-source-detail").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains(DataViewModel.PASSWORD_NEEDED);
        Screenshots.save(robot.window(0).getScene(), "database-password-needed");

        robot.clickOn("#data-enter-password");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#data-password").write("typed-once");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> source.table() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(source.table().rowCount()).isEqualTo(8);
        assertThat(source.needsPassword()).isFalse();
        assertThat(robot.lookup("#data-enter-password").query().isVisible()).isFalse();
        assertThat(dialogs.shown()).isEmpty();
    }

    private void importThroughTheDialog(FxRobot robot, String url, String tableName, String connected, String shot)
            throws Exception {
        System.gc();
        robot.clickOn("#data-import-database");
        WaitForAsyncUtils.waitForFxEvents();
        TextField urlField = robot.lookup("#db-url").queryAs(TextField.class);
        robot.interact(() -> urlField.setText(url));
        robot.clickOn("#db-test");
        Labeled status = robot.lookup("#db-status").queryAs(Labeled.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !status.getText().startsWith("Connecting")
                && !status.getText().equals("Not connected"));
        assertThat(status.getText()).startsWith(connected);

        @SuppressWarnings("unchecked")
        TableView<DatabaseBrowser.Table> tables = robot.lookup("#db-tables").queryAs(TableView.class);
        assertThat(tables.getItems()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo(tableName);
            assertThat(t.rows()).isEqualTo(8L);
        });
        java.util.function.Supplier<java.util.Optional<Node>> cellOfTable = () -> robot.from(tables)
                .lookup(".table-cell")
                .match(node -> node instanceof Labeled && node.getScene() != null && node.isVisible()
                        && tableName.equals(((Labeled) node).getText())).tryQuery();
        // the cells come with the table's next layout
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cellOfTable.get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = cellOfTable.get().orElseThrow();
        robot.clickOn(cell);
        @SuppressWarnings("unchecked")
        TableView<List<String>> preview = robot.lookup("#db-preview").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> preview.getItems().size() == 8);
        assertThat(preview.getColumns()).extracting(TableColumn::getText)
                .containsExactly("customer_id", "invoice", "ordered_at", "amount");
        Window dialog = status.getScene().getWindow();
        Screenshots.save(status.getScene(), shot);

        robot.clickOn("#db-import");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialog.isShowing()
                || !dialogs.shown().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown()).isEmpty();
        DataSource source = workbench.data().selected();
        assertThat(source.database().table()).endsWith(tableName);
        assertThat(source.kind()).isEqualTo(SourceKind.TRANSACTIONS);
        assertThat(source.table().rowCount()).isEqualTo(8);
        assertThat(source.table().column(ColumnRole.CUSTOMER_ID).orElseThrow().name()).isEqualTo("customer_id");
        assertThat(robot.lookup(".sl-preview").queryTableView().getItems()).hasSize(8);
        Screenshots.save(robot.window(0).getScene(), shot + "-data");
    }

    private void buildCustomers(FxRobot robot, String shot) throws Exception {
        robot.clickOn("Customers");
        WaitForAsyncUtils.waitForFxEvents();
        CustomersViewModel customers = workbench.customers();
        robot.clickOn("#customers-build");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> customers.table() != null && !customers.isBuilding());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#customers-table").queryAs(TableView.class);
        // four customers; the line without one is left out
        assertThat(table.getItems()).hasSize(4);
        assertThat(customers.table().customerIds()).containsExactlyInAnyOrder("17850", "13047", "12583", "14527");
        // 13047 spent 99.0 + 41.0 in the window: the amounts came through from the database
        int row = customers.table().customerIds().indexOf("13047");
        assertThat(table.getColumns().stream().filter(c -> c.getText().equals("monetary")).findFirst().orElseThrow()
                .getCellData(row)).hasToString("140");
        Screenshots.save(robot.window(0).getScene(), shot);
    }
}
