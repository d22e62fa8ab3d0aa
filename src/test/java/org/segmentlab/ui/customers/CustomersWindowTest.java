package org.segmentlab.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.features.CustomerTableWarning;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataSource;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.TestDependencies;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Customers step on the cdp-events sample: 2,000 users, their events and attributes. */
@ExtendWith(ApplicationExtension.class)
class CustomersWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private static final Path SAMPLE = Path.of("sample-projects/cdp-events/cdp-events.slproj.json");

    private final RecordingDialogs dialogs = new RecordingDialogs();
    @TempDir
    Path dir;
    private TestDependencies dependencies;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        Theme.installBase();
        dependencies = new TestDependencies(DataReader.tableImporter(), dialogs, dir);
        workbench = new Workbench(stage, dependencies.get());
        workbench.show();
    }

    @AfterEach
    void stopWorkers() {
        dependencies.close();
    }

    @Test
    void buildingTheCdpSampleGivesOneRowPerUserWithBehaviourAndAttributes(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().openProject(SAMPLE.toAbsolutePath()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.data().sources().size() == 2
                && workbench.data().sources().stream().allMatch(s -> s.table() != null)
                && workbench.tasks().running().isEmpty());
        robot.clickOn("Customers");
        WaitForAsyncUtils.waitForFxEvents();
        CustomersViewModel model = workbench.customers();
        assertThat(model.asOfProperty().get()).hasToString("2025-01-01");
        assertThat(model.windowDaysProperty().get()).isEqualTo(30);
        assertThat(model.sourceUses()).extracting(SourceUse::name).containsExactly("events.csv", "users.csv");
        Screenshots.save(robot.window(0).getScene(), "customers-before-build");

        robot.clickOn("#customers-build");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.table() != null && !model.isBuilding());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown()).isEmpty();
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#customers-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2000);
        List<String> headers = table.getColumns().stream().map(TableColumn::getText).toList();
        assertThat(headers).startsWith("customer_id", "event_count", "session_count")
                .contains("avg_session_seconds", "days_since_last_visit", "cart_abandonment_rate", "age", "plan");
        assertThat(table.getColumns().get(0).getCellData(0)).isEqualTo(model.table().customerIds().get(0));
        assertThat(model.warnings()).extracting(CustomerTableWarning::kind).contains(CustomerTableWarning.Kind.HEAVY_SKEW);
        Label title = robot.lookup("#customers-distribution .sl-panel-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("event_count");
        assertThat(robot.lookup("#customers-summary .sl-metric-label").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("Mean", "Median", "Missing", "Skew");
        Screenshots.save(robot.window(0).getScene(), "customers-built");

        robot.interact(() -> model.selectedFeatureProperty().set("plan"));
        robot.interact(() -> model.features().stream().filter(f -> f.name().equals("session_count")).findFirst()
                .orElseThrow().chosenProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getColumns()).extracting(TableColumn::getText).doesNotContain("session_count");
        Screenshots.save(robot.window(0).getScene(), "customers-category-selected");

        Path target = dir.resolve("customers.csv");
        dialogs.saveWillChoose(target);
        robot.clickOn("#customers-export");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> target.toFile().exists()
                && workbench.tasks().running().isEmpty());
        assertThat(java.nio.file.Files.readAllLines(target)).hasSize(2001);
        assertThat(workbench.data().sources()).extracting(DataSource::name).containsExactly("events.csv", "users.csv");
    }
}
