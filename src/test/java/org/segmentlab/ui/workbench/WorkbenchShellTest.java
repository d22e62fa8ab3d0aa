package org.segmentlab.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.testing.FakeReader;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.TestDependencies;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window with a made-up reader: navigator, menus, title, status bar. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchShellTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakeReader fake = new FakeReader();
    private final CountDownLatch slowReadStarted = new CountDownLatch(1);
    private final CountDownLatch slowReadCancelled = new CountDownLatch(1);
    @TempDir
    Path recoveryDir;
    private TestDependencies dependencies;
    private Workbench workbench;

    /**
     * Reads "slow*" files until cancelled, and only then ends (a cancel that does not reach the reader
     * leaves it reading); everything else at once.
     */
    private final DataReader reader = (ImportOptions options, org.segmentlab.core.Progress progress) -> {
        if (options.file().getFileName().toString().startsWith("slow")) {
            slowReadStarted.countDown();
            try {
                for (long line = 0; ; line++) {
                    progress.update(0.5, "Reading line " + line);
                    progress.checkCancelled();
                    pause();
                }
            } catch (CancelledException e) {
                slowReadCancelled.countDown();
                throw e;
            }
        }
        return readFast(options, progress);
    };

    private ImportedTable readFast(ImportOptions options, org.segmentlab.core.Progress progress) throws DataFileException {
        return fake.read(options, progress);
    }

    /** Gives way between lines; an interrupt (what a cancelled task's thread gets) ends the read as cancelled. */
    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    @Start
    void start(Stage stage) {
        Theme.installBase();
        dependencies = new TestDependencies(reader, dialogs, recoveryDir);
        workbench = new Workbench(stage, dependencies.get());
        workbench.show();
    }

    @AfterEach
    void stopWorkers() {
        dependencies.close();
    }

    @Test
    void navigatorListsTheStepsAndAnEmptyReportSaysWhatToDoFirst(FxRobot robot) {
        ListView<WorkbenchStep> navigator = robot.lookup("#navigator").queryListView();
        assertThat(navigator.getItems()).extracting(WorkbenchStep::title)
                .containsExactly("Data", "Customers", "Segments", "Predict", "Value", "Over time", "Campaigns",
                        "Report");

        robot.clickOn("Report");

        // an empty project: the Report step says what to do first
        assertThat(robot.lookup("#report-preview-message").queryLabeled().getText())
                .startsWith("Nothing to report on yet");
        Screenshots.save(robot.window(0).getScene(), "workbench-report-empty");
    }

    @Test
    void emptyProjectInvitesToDropAFile(FxRobot robot) {
        Label title = robot.lookup(".sl-drop-zone .sl-placeholder-title").queryAs(Label.class);

        assertThat(title.getText()).isEqualTo("Drop a data file here");
        assertThat(title.isVisible()).isTrue();
        // the label's own window: with tests in random order, window(0) may be another test's stage
        assertThat(title.getScene().getWindow().getWidth()).isEqualTo(Workbench.DEFAULT_WIDTH);
        assertThat(workbench.model().title()).isEqualTo("Untitled — SegmentLab");
        Screenshots.save(robot.window(0).getScene(), "workbench-empty");
    }

    @Test
    void ctrlIImportsTheChosenFileAndTheTitleShowsUnsavedChanges(FxRobot robot) throws TimeoutException {
        dialogs.openWillChoose(Path.of("orders-3.csv"));

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.data().sources().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.model().title()).isEqualTo("• Untitled — SegmentLab");
        assertThat(((Stage) robot.lookup("#navigator").query().getScene().getWindow()).getTitle()).isEqualTo("• Untitled — SegmentLab");
        assertThat(fake.calls()).extracting(ImportOptions::file).containsExactly(Path.of("orders-3.csv").toAbsolutePath());
        Screenshots.save(robot.window(0).getScene(), "workbench-ctrl-i-import");
    }

    @Test
    void statusBarListsARunningTaskAndItsCancelButtonStopsIt(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().importFiles(List.of(Path.of("slow-orders.csv"))));
        assertThat(slowReadStarted.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".sl-status-task").tryQuery().isPresent());
        Screenshots.save(robot.window(0).getScene(), "workbench-running-task");

        Node cancel = robot.lookup(".sl-status-task .button").queryAs(Button.class);
        robot.clickOn(cancel);

        assertThat(slowReadCancelled.await(20, TimeUnit.SECONDS)).as("the cancel reached the reader").isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".sl-status-task").tryQuery()).isEmpty();
        assertThat(workbench.data().sources()).isEmpty();
        assertThat(dialogs.shown()).isEmpty();
        Screenshots.save(robot.window(0).getScene(), "workbench-task-cancelled");
    }
}
