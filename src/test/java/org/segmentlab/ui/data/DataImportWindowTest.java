package org.segmentlab.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.TestDependencies;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window and the real importer: import a file, see its rows and roles, survive a bad file. */
@ExtendWith(ApplicationExtension.class)
class DataImportWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    /** Ten lines: one quantity that is not a number (line 6), one line without a customer id, day/month dates. */
    private static final String ORDERS = String.join("\n",
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,01/12/2010 08:26,2.55,17850,United Kingdom",
            "536365,71053,WHITE METAL LANTERN,6,01/12/2010 08:26,3.39,17850,United Kingdom",
            "536366,22633,HAND WARMER UNION JACK,6,01/12/2010 08:28,1.85,17850,United Kingdom",
            "536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,01/12/2010 08:34,1.69,13047,United Kingdom",
            "536367,22745,POPPY'S PLAYHOUSE BEDROOM,abc,01/12/2010 08:34,2.10,13047,United Kingdom",
            "536368,22960,JAM MAKING SET WITH JARS,6,01/12/2010 08:34,4.25,13047,United Kingdom",
            "536369,21756,BATH BUILDING BLOCK WORD,3,01/12/2010 08:35,5.95,,United Kingdom",
            "536370,22728,ALARM CLOCK BAKELIKE PINK,24,13/12/2010 08:45,3.75,12583,France",
            "C536379,D,Discount,-1,14/12/2010 09:41,27.50,14527,United Kingdom",
            "536380,22961,JAM MAKING SET PRINTED,24,15/12/2010 09:41,1.45,17809,United Kingdom") + "\n";

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

    private Path orders() throws Exception {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, ORDERS);
        return file;
    }

    private void importThroughTheToolBar(FxRobot robot, Path file) throws Exception {
        int before = dialogs.shown().size();
        // Bindings are observed weakly: a panel whose binding nobody holds would stop updating after a GC.
        System.gc();
        dialogs.openWillChoose(file);
        robot.clickOn("#tool-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.tasks().running().isEmpty()
                && (workbench.data().sources().stream().anyMatch(s -> s.options().file().equals(file))
                || dialogs.shown().size() > before));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ColumnRole> roleBox(FxRobot robot, String column) {
        return robot.lookup(".sl-roles-editor .combo-box")
                .match(node -> column.equals(node.getProperties().get(RolesEditor.COLUMN_KEY)))
                .queryAs(ComboBox.class);
    }

    @Test
    void importedFileShowsTheKeptRowsAndTheDetectedRoles(FxRobot robot) throws Exception {
        importThroughTheToolBar(robot, orders());

        TableView<Integer> preview = robot.lookup(".sl-preview").queryTableView();
        assertThat(preview.getItems()).hasSize(9);
        assertThat(preview.getColumns()).extracting(column -> column.getText())
                .containsExactly("#", "InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                        "CustomerID", "Country");
        ComboBox<ColumnRole> customerId = roleBox(robot, "CustomerID");
        assertThat(customerId.getValue()).isEqualTo(ColumnRole.CUSTOMER_ID);
        assertThat(customerId.getButtonCell().getText()).isEqualTo("Customer id");
        assertThat(roleBox(robot, "InvoiceDate").getButtonCell().getText()).isEqualTo("Timestamp");
        assertThat(roleBox(robot, "Quantity").getValue()).isEqualTo(ColumnRole.QUANTITY);
        assertThat(dialogs.shown()).isEmpty();
        assertThat(((Stage) robot.lookup("#navigator").query().getScene().getWindow()).getTitle()).isEqualTo("• Untitled — SegmentLab");
        Screenshots.save(robot.window(0).getScene(), "data-imported");

        robot.clickOn("Import report");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".sl-note").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("1 row has no customer id; RFM leaves it out.")
                .anySatisfy(text -> assertThat(text).startsWith("InvoiceDate: read as day/month/year"));
        assertThat(robot.lookup(".sl-report-line").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Unparseable number in Quantity: 1 row — line 6 (Quantity = \"abc\")");
        Screenshots.save(robot.window(0).getScene(), "data-import-report");
    }

    @Test
    void fileThatCannotBeUsedShowsTheErrorAndKeepsTheLoadedTable(FxRobot robot) throws Exception {
        importThroughTheToolBar(robot, orders());
        Path broken = dir.resolve("broken.csv");
        Files.write(broken, new byte[] {0, 1, 2, 3, 0, 0, 0, 7, 8, 0, 0, 0});

        importThroughTheToolBar(robot, broken);

        assertThat(dialogs.errors()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("error");
            assertThat(shown.title()).isEqualTo("Cannot import broken.csv");
            assertThat(shown.message()).startsWith("broken.csv: ").doesNotContain("\n");
        });
        assertThat(workbench.data().sources()).extracting(DataSource::name).containsExactly("orders.csv");
        assertThat(robot.lookup(".sl-preview").queryTableView().getItems()).hasSize(9);
        Screenshots.save(robot.window(0).getScene(), "data-after-bad-file");
    }

    @Test
    void changingARoleReadsTheFileAgainAndKeepsRowsTheOldRoleRejected(FxRobot robot) throws Exception {
        importThroughTheToolBar(robot, orders());
        ComboBox<ColumnRole> quantity = roleBox(robot, "Quantity");
        assertThat(quantity.getValue()).isEqualTo(ColumnRole.QUANTITY);

        robot.interact(() -> quantity.setValue(ColumnRole.IGNORE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.data().selected().table() != null
                && workbench.data().selected().table().rowCount() == 10 && !workbench.data().selected().isLoading());
        WaitForAsyncUtils.waitForFxEvents();

        DataSource source = workbench.data().selected();
        assertThat(source.options().roles()).isEqualTo(Map.of("Quantity", ColumnRole.IGNORE));
        assertThat(source.table().report().rowsRejected()).isZero();
        assertThat(robot.lookup(".sl-preview").queryTableView().getItems()).hasSize(10);
        assertThat(roleBox(robot, "Quantity").getValue()).isEqualTo(ColumnRole.IGNORE);
        robot.clickOn("Import report");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot.window(0).getScene(), "data-role-changed-report");
    }
}
