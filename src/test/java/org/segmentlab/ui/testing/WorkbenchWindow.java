package org.segmentlab.ui.testing;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.dialog.DialogService;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real workbench in a test's stage, on the real importer, with the steps a window test takes
 * again and again: open a sample or a project and wait until its data are read, go to a step.
 * Close it after each test ({@code @AfterEach}); it stops the workers.
 */
public final class WorkbenchWindow implements AutoCloseable {

    private final TestDependencies dependencies;
    private final Workbench workbench;

    private WorkbenchWindow(Stage stage, DialogService dialogs, Path recoveryDir) {
        Theme.installBase();
        this.dependencies = new TestDependencies(DataReader.tableImporter(), dialogs, recoveryDir);
        this.workbench = new Workbench(stage, dependencies.get());
        workbench.show();
    }

    /** Call from {@code @Start}. */
    public static WorkbenchWindow show(Stage stage, DialogService dialogs, Path recoveryDir) {
        return new WorkbenchWindow(stage, dialogs, recoveryDir);
    }

    public Workbench workbench() {
        return workbench;
    }

    /** Opens a committed sample project and waits until every source is read. */
    public void openSample(FxRobot robot, String name) throws TimeoutException {
        robot.interact(() -> workbench.model().openSample(name));
        waitUntilLoaded();
    }

    /** Opens a project file and waits until every source is read. */
    public void openProject(FxRobot robot, Path projectFile) throws TimeoutException {
        robot.interact(() -> workbench.model().openProject(projectFile.toAbsolutePath()));
        waitUntilLoaded();
    }

    private void waitUntilLoaded() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !workbench.data().sources().isEmpty()
                && workbench.data().sources().stream().allMatch(source -> source.table() != null)
                && workbench.tasks().running().isEmpty());
    }

    /** Selects the step with this title in the navigator and returns it. */
    public <T extends WorkbenchStep> T goTo(FxRobot robot, String title, Class<T> type) {
        ListView<WorkbenchStep> navigator = robot.lookup("#navigator").queryListView();
        WorkbenchStep step = navigator.getItems().stream()
                .filter(candidate -> candidate.title().equals(title)).findFirst().orElseThrow();
        robot.interact(() -> navigator.getSelectionModel().select(step));
        WaitForAsyncUtils.waitForFxEvents();
        return type.cast(step);
    }

    /** Waits until no background task is running. */
    public void waitUntilIdle(long seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> workbench.tasks().running().isEmpty());
    }

    @Override
    public void close() {
        dependencies.close();
    }
}
