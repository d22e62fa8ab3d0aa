package org.segmentlab.ui.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.DatabaseRef;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.project.SourceCheck;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.FakeReader;
import org.segmentlab.ui.testing.RecordingDialogs;

/**
 * A database table as a project source: imported through the Data step's view-models from an
 * embedded DuckDB file, saved in the project file without any password, and read again on reopening.
 */
class DatabaseSourceTest {

    private static final String PASSWORD = "Pa55-never-saved-7f3a";

    @TempDir
    Path dir;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    /** The environment the workbench sees: only SHOP_DB_PASSWORD is set. */
    private final Function<String, String> environment = name -> "SHOP_DB_PASSWORD".equals(name) ? PASSWORD : null;

    /** Five lines of three customers, one line without a customer: hand-made, so every count is known. */
    private String database() throws Exception {
        Path file = dir.resolve("shop.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (customer_id INTEGER, invoice VARCHAR, ordered_at TIMESTAMP, amount DOUBLE)");
            s.execute("INSERT INTO orders VALUES "
                    + "(17850, 'A1', TIMESTAMP '2011-01-03 10:00:00', 20.5), "
                    + "(17850, 'A2', TIMESTAMP '2011-02-01 09:30:00', 14.0), "
                    + "(13047, 'B1', TIMESTAMP '2011-01-20 12:00:00', 99.0), "
                    + "(12583, 'C1', TIMESTAMP '2011-03-05 08:00:00', 5.25), "
                    + "(NULL, 'D1', TIMESTAMP '2011-03-06 08:00:00', 7.0)");
            s.execute("CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 10");
            s.execute("CREATE TABLE products (code VARCHAR, price DOUBLE)");
            s.execute("INSERT INTO products VALUES ('100', 1.5), ('200', 2.5), ('X9', 3.0)");
        }
        return "jdbc:duckdb:" + file;
    }

    private DataViewModel model(DatabasePasswords passwords) {
        return new DataViewModel(new FakeReader(), DatabaseReader.jdbc(environment), passwords, tasks, dialogs);
    }

    @Test
    void connectionDialogModelTestsListsTablesWithRowCountsAndPreviewsTheFirstRows() throws Exception {
        String url = database();
        DatabaseConnectionModel dialog = model(new DatabasePasswords()).newDatabaseConnection(environment);
        dialog.urlProperty().set(url);

        dialog.test();

        assertThat(dialog.status()).startsWith("Connected: DuckDB");
        assertThat(dialog.tables()).extracting(t -> t.name() + "=" + t.rows())
                .containsExactlyInAnyOrder("orders=5", "big_orders=3", "products=3");
        dialog.selectedTableProperty().set(dialog.tables().stream().filter(t -> t.name().equals("orders"))
                .findFirst().orElseThrow());
        assertThat(dialog.previewProperty().get().columns())
                .containsExactly("customer_id", "invoice", "ordered_at", "amount");
        assertThat(dialog.previewProperty().get().rows()).hasSize(5);

        dialog.queryModeProperty().set(true);
        dialog.queryProperty().set("SELECT customer_id, SUM(amount) AS spent FROM orders GROUP BY 1 ORDER BY 1");
        dialog.previewQuery();
        assertThat(dialog.previewProperty().get().rows()).extracting(row -> row.get(0) + ":" + row.get(1))
                .containsExactly("12583:5.25", "13047:99.0", "17850:34.5", "null:7.0");
    }

    @Test
    void failedConnectionSaysWhyInOneLine() {
        DatabaseConnectionModel dialog = model(new DatabasePasswords()).newDatabaseConnection(environment);
        dialog.urlProperty().set("jdbc:nosuchdb://localhost/shop");

        dialog.test();

        assertThat(dialog.status()).isEqualTo("Not connected: jdbc:nosuchdb://localhost/shop: cannot connect: "
                + "no JDBC driver for this URL is on the class path").doesNotContain("\n");
        assertThat(dialog.connectedProperty().get()).isFalse();
        assertThat(dialog.tables()).isEmpty();
    }

    /** A URL whose driver parameter would load a class is refused in the dialog's status line, not thrown. */
    @Test
    void aUrlAProjectMayNotKeepIsRefusedInTheStatusLine() {
        DatabaseConnectionModel dialog = model(new DatabasePasswords()).newDatabaseConnection(environment);
        dialog.urlProperty().set("jdbc:postgresql://localhost/shop?socketFactory=com.example.Evil");

        dialog.test();

        assertThat(dialog.status()).startsWith("Not connected: ").contains("socketFactory").doesNotContain("\n");
        assertThat(dialog.connectedProperty().get()).isFalse();
    }

    @Test
    void importedTableBecomesASourceAndTheProjectFileKeepsNoPassword() throws Exception {
        String url = database();
        DataViewModel data = model(new DatabasePasswords());
        DatabaseConnectionModel dialog = data.newDatabaseConnection(environment);
        dialog.urlProperty().set(url);
        dialog.userProperty().set("analyst");
        dialog.passwordFromEnvironmentProperty().set(true);
        dialog.passwordVariableProperty().set("SHOP_DB_PASSWORD");
        dialog.test();
        assertThat(dialog.status()).startsWith("Connected: DuckDB");
        dialog.selectedTableProperty().set(dialog.tables().stream().filter(t -> t.name().equals("orders"))
                .findFirst().orElseThrow());
        List<Boolean> done = new ArrayList<>();

        dialog.importChosen(done::add);

        assertThat(done).containsExactly(true);
        DataSource source = data.selected();
        assertThat(source.name()).isEqualTo("main.orders");
        assertThat(source.kind()).isEqualTo(SourceKind.TRANSACTIONS);
        ImportedTable table = source.table();
        assertThat(table.rowCount()).isEqualTo(5);
        assertThat(table.report().rowsWithoutCustomerId()).isEqualTo(1);
        assertThat(table.column(ColumnRole.CUSTOMER_ID).orElseThrow().name()).isEqualTo("customer_id");
        assertThat(table.column(ColumnRole.TIMESTAMP).orElseThrow().name()).isEqualTo("ordered_at");
        assertThat(table.column(ColumnRole.AMOUNT).orElseThrow().name()).isEqualTo("amount");
        assertThat(table.report().notes().get(0)).startsWith("Read 5 rows of the table main.orders from DuckDB");

        // a changed role reads the table again from the database, and the project keeps the change
        data.columns().stream().filter(c -> c.name().equals("invoice")).findFirst().orElseThrow()
                .roleProperty().set(ColumnRole.IGNORE);
        assertThat(data.selected().table().report().columns()).filteredOn(c -> c.name().equals("invoice"))
                .extracting(c -> c.role()).containsExactly(ColumnRole.IGNORE);
        assertThat(tasks.titles()).last().isEqualTo("Reading main.orders");

        Path projectFile = dir.resolve("shop" + ProjectStore.EXTENSION);
        new ProjectStore().save(Project.named("Shop").withSources(data.sourceRefs()), projectFile);
        String json = Files.readString(projectFile);
        assertThat(json).doesNotContain(PASSWORD).contains("\"passwordEnv\": \"SHOP_DB_PASSWORD\"")
                .contains("\"user\": \"analyst\"").contains("\"table\": \"main.orders\"").contains(url);

        Project reopened = new ProjectStore().load(projectFile);
        DataSourceRef ref = reopened.sources().get(0);
        assertThat(ref.database()).isEqualTo(new DatabaseRef(url, "main.orders", null, "analyst", "SHOP_DB_PASSWORD", null));
        assertThat(SourceCheck.check(reopened, projectFile)).isEmpty();
        DataViewModel again = model(new DatabasePasswords());
        again.replaceSources(reopened.sources(), null);
        assertThat(again.selected().table().rowCount()).isEqualTo(5);
        assertThat(again.selected().options().roles()).isEqualTo(Map.of("invoice", ColumnRole.IGNORE));
        assertThat(again.selected().needsPassword()).isFalse();
        assertThat(dialogs.shown()).isEmpty();

        DatabaseConnectionModel next = again.newDatabaseConnection(environment);
        assertThat(next.urlProperty().get()).isEqualTo(url);
        assertThat(next.userProperty().get()).isEqualTo("analyst");
        assertThat(next.passwordVariableProperty().get()).isEqualTo("SHOP_DB_PASSWORD");
        assertThat(next.passwordFromEnvironmentProperty().get()).isTrue();
    }

    @Test
    void importReportCountsRowsOfTheResultNotLinesOfAFile() throws Exception {
        String url = database();
        DataViewModel data = model(new DatabasePasswords());

        data.importDatabase(new DatabaseRef(url, "products", null, null, null, null), null, added -> { });

        // 'X9' is the third row of the table: the note names row 3, not line 4 of a file
        assertThat(data.selected().table().report().notes())
                .anySatisfy(note -> assertThat(note).startsWith("code: read as text").contains("row 3")
                        .doesNotContain("line 4"));
    }

    @Test
    void typedPasswordIsAskedOncePerSessionAndNeverSaved() throws Exception {
        String url = database();
        List<String> passwordsSeen = new ArrayList<>();
        DatabaseReader real = DatabaseReader.jdbc(environment);
        DatabaseReader recording = (db, typed, options, progress) -> {
            passwordsSeen.add(typed);
            return real.read(db, null, options, progress); // DuckDB takes no password
        };
        DatabasePasswords session = new DatabasePasswords();
        DataViewModel data = new DataViewModel(new FakeReader(), recording, session, tasks, dialogs);
        DatabaseRef typed = new DatabaseRef(url, null, "SELECT * FROM orders WHERE amount < 50", "analyst", null, true);
        data.importDatabase(typed, PASSWORD, added -> { });
        Path projectFile = dir.resolve("typed" + ProjectStore.EXTENSION);
        new ProjectStore().save(Project.named("Typed").withSources(data.sourceRefs()), projectFile);
        assertThat(Files.readString(projectFile)).doesNotContain(PASSWORD).contains("\"passwordPrompt\": true")
                .contains("\"query\": \"SELECT * FROM orders WHERE amount < 50\"");
        List<DataSourceRef> saved = new ProjectStore().load(projectFile).sources();

        DataViewModel newRun = new DataViewModel(new FakeReader(), recording, new DatabasePasswords(), tasks, dialogs);
        newRun.replaceSources(saved, null);
        assertThat(newRun.selected().needsPassword()).isTrue();
        assertThat(newRun.selected().problem()).isEqualTo(DataViewModel.PASSWORD_NEEDED);
        assertThat(newRun.selected().table()).isNull();
        newRun.providePassword(newRun.selected().id(), "typed-again");
        assertThat(newRun.selected().needsPassword()).isFalse();
        assertThat(newRun.selected().table().rowCount()).isEqualTo(4);

        DataViewModel sameRun = new DataViewModel(new FakeReader(), recording, session, tasks, dialogs);
        sameRun.replaceSources(saved, null);
        assertThat(sameRun.selected().needsPassword()).isFalse();
        assertThat(sameRun.selected().table().rowCount()).isEqualTo(4);
        assertThat(passwordsSeen).containsExactly(PASSWORD, "typed-again", PASSWORD);
    }

    @Test
    void savedAnalysesReadADatabaseSourceAndRefuseATypedPasswordOne() throws Exception {
        String url = database();
        DataSourceRef orders = DataSourceRef.ofDatabase("transactions", SourceKind.TRANSACTIONS,
                new DatabaseRef(url, "orders", null, null, null, null),
                org.segmentlab.core.project.ImportSettings.withRoles(Map.of("invoice", ColumnRole.IGNORE)));
        Project project = Project.named("Shop").withSource(orders);

        ImportedTable read = new SavedSources(project, null).read(orders, Progress.none());

        assertThat(read.rowCount()).isEqualTo(5);
        assertThat(read.report().columns()).filteredOn(c -> c.name().equals("invoice"))
                .extracting(c -> c.role()).containsExactly(ColumnRole.IGNORE);
        DataSourceRef typed = DataSourceRef.ofDatabase("typed", SourceKind.TRANSACTIONS,
                new DatabaseRef(url, "orders", null, "analyst", null, true), null);
        assertThatThrownBy(() -> new SavedSources(project.withSource(typed), null).read(typed, Progress.none()))
                .hasMessageStartingWith("orders: its database password is typed in the workbench");
    }

    @Test
    void passwordWrittenInTheUrlIsTakenOutOfWhatTheProjectKeeps() {
        assertThat(DatabaseRef.splitPassword("jdbc:postgresql://db:5432/shop?user=ann&password=s%40cret&ssl=true"))
                .isEqualTo(new DatabaseRef.SplitUrl("jdbc:postgresql://db:5432/shop?user=ann&ssl=true", "s@cret"));
        assertThat(DatabaseRef.splitPassword("jdbc:postgresql://db/shop?password=x"))
                .isEqualTo(new DatabaseRef.SplitUrl("jdbc:postgresql://db/shop", "x"));
        assertThat(DatabaseRef.splitPassword("jdbc:sqlserver://db;user=ann;Password=y;encrypt=true"))
                .isEqualTo(new DatabaseRef.SplitUrl("jdbc:sqlserver://db;user=ann;encrypt=true", "y"));
        assertThat(DatabaseRef.splitPassword("jdbc:duckdb:/tmp/a.duckdb"))
                .isEqualTo(new DatabaseRef.SplitUrl("jdbc:duckdb:/tmp/a.duckdb", null));
        assertThatThrownBy(() -> new DatabaseRef("jdbc:postgresql://db/shop?password=x", "t", null, null, null, null))
                .hasMessageContaining("holds a password");
    }

    @Test
    void projectFileWhoseUrlMakesTheDriverLoadAClassIsRefusedOnOpening() throws Exception {
        Path projectFile = dir.resolve("hostile" + ProjectStore.EXTENSION);
        Files.writeString(projectFile, "{\"schemaVersion\": 1, \"name\": \"H\", \"sources\": [{\"id\": \"t\", "
                + "\"kind\": \"TRANSACTIONS\", \"path\": \"t\", \"database\": {\"url\": "
                + "\"jdbc:postgresql://db/shop?socketFactory=org.example.Evil&socketFactoryArg=x\", \"table\": \"t\"}}]}");

        assertThatThrownBy(() -> new ProjectStore().load(projectFile))
                .hasMessageContaining("socketFactory").hasMessageContaining("makes the driver load classes");
    }
}
