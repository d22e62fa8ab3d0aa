package org.segmentlab.ui.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.project.ClusteringRun;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.WorkbenchWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clustering of retail-rfm's customers, saved with a segment renamed and another k than the sweep
 * suggested, comes back when the project is opened again: same input, settings, k and names.
 */
@ExtendWith(ApplicationExtension.class)
class ClustersReopenWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkbenchWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        window = WorkbenchWindow.show(stage, dialogs, dir.resolve("recovery"));
        workbench = window.workbench();
    }

    @AfterEach
    void close() throws Exception {
        window.waitUntilIdle(60);
        window.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<SegmentRow> segments(FxRobot robot) {
        return robot.lookup("." + ClustersView.SEGMENT_TABLE).queryAs(TableView.class);
    }

    private void waitUntilIdle(FxRobot robot) throws Exception {
        Button run = robot.lookup("#cluster-run").queryButton();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> workbench.tasks().running().isEmpty() && !run.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aSavedRunComesBackWithItsInputSettingsAndNames(FxRobot robot) throws Exception {
        window.openSample(robot, "retail-rfm");
        window.goTo(robot, "Segments", WorkbenchStep.class);
        robot.clickOn("Clusters");
        waitUntilIdle(robot);
        ComboBox<ClusterChoice> input = robot.lookup("#cluster-source").queryComboBox();
        assertThat(input.getValue().customers()).as("a log's customers are offered first").isTrue();
        Spinner<Integer> minK = robot.lookup("#cluster-min-k").query();
        Spinner<Integer> maxK = robot.lookup("#cluster-max-k").query();
        robot.interact(() -> {
            minK.getValueFactory().setValue(2);
            maxK.getValueFactory().setValue(6);
        });
        robot.interact(() -> robot.lookup("#cluster-run").queryButton().fire());
        TableView<SegmentRow> table = segments(robot);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        waitUntilIdle(robot);
        int suggested = table.getItems().size();
        int chosen = suggested < 6 ? suggested + 1 : suggested - 1;
        Spinner<Integer> k = robot.lookup("#cluster-k").query();
        robot.interact(() -> k.getValueFactory().setValue(chosen));
        robot.clickOn("Use this k");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> table.getItems().size() == chosen);
        waitUntilIdle(robot);

        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.edit(0, (TableColumn) table.getColumns().get(2));
        });
        TextField editor = robot.lookup("." + ClustersView.SEGMENT_TABLE + " .text-field").queryAs(TextField.class);
        robot.interact(() -> editor.setText(""));
        robot.clickOn(editor).write("Weekend regulars").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(0).name()).isEqualTo("Weekend regulars");

        Path saved = dir.resolve("shop.slproj.json");
        dialogs.saveWillChoose(saved);
        robot.interact(() -> workbench.model().saveProjectAs());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(saved) && workbench.tasks().running().isEmpty());
        ClusteringRun run = new ProjectStore().load(saved).settings().clusteringRun(ClustersViewModel.RUN_ID).orElseThrow();
        assertThat(run.input()).isEqualTo(ClusteringRun.CUSTOMERS_INPUT);
        assertThat(run.k()).isEqualTo(chosen);

        // another project in between, so nothing of the first stays on screen
        // (the mall sample keeps a named run of its own, which comes back in its place)
        // Each project has its own steps: the panes are looked up again after every open.
        window.openSample(robot, "mall-demographics");
        window.goTo(robot, "Segments", WorkbenchStep.class);
        robot.clickOn("Clusters");
        waitUntilIdle(robot);
        assertThat(segments(robot).getItems()).extracting(SegmentRow::name).doesNotContain("Weekend regulars");
        assertThat(robot.lookup("#cluster-source").queryComboBox().getValue()).isNotNull()
                .satisfies(choice -> assertThat(((ClusterChoice) choice).customers()).isFalse());
        assertThat(robot.lookup(".text").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.text.Text && node.isVisible())
                .map(node -> ((javafx.scene.text.Text) node).getText()))
                .noneMatch(text -> text != null && text.contains("Weekend regulars"));

        window.openProject(robot, saved);
        window.goTo(robot, "Segments", WorkbenchStep.class);
        robot.clickOn("Clusters");
        TableView<SegmentRow> reopened = segments(robot);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> reopened.getItems().size() == chosen
                && reopened.getItems().stream().anyMatch(row -> row.name().equals("Weekend regulars")));
        waitUntilIdle(robot);
        ComboBox<ClusterChoice> reopenedInput = robot.lookup("#cluster-source").queryComboBox();
        Spinner<Integer> reopenedMinK = robot.lookup("#cluster-min-k").query();
        Spinner<Integer> reopenedMaxK = robot.lookup("#cluster-max-k").query();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(reopenedInput.getValue().customers()).isTrue();
        assertThat(reopenedInput.getValue().source().name()).isEqualTo("transactions.csv");
        CheckListView<String> features = robot.lookup("#cluster-features").queryAs(CheckListView.class);
        assertThat(features.getCheckModel().getCheckedItems()).containsExactlyInAnyOrderElementsOf(run.features());
        ComboBox<FeatureScaling> scaling = robot.lookup("#cluster-scaling").queryComboBox();
        assertThat(scaling.getValue().cliName()).isEqualTo(run.scaling());
        assertThat(reopenedMinK.getValue()).isEqualTo(2);
        assertThat(reopenedMaxK.getValue()).isEqualTo(6);
        assertThat(reopened.getItems()).extracting(SegmentRow::name).contains("Weekend regulars");
        assertThat(reopened.getItems().get(0).name()).isEqualTo("Weekend regulars");
        ChartTabs.show(robot, "k sweep");
    }
}
