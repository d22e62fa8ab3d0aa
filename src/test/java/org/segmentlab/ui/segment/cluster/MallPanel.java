package org.segmentlab.ui.segment.cluster;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.task.FxTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Clusters panel alone in a 1400×900 window on real worker threads, with the mall-demographics
 * customers (300 rows: CustomerID, Gender, Age, Annual Income (k$), Spending Score (1-100)).
 * Call {@link #close()} after each test.
 */
final class MallPanel implements AutoCloseable {

    static final Path MALL = Path.of("sample-projects/mall-demographics/customers.csv");
    static final String INCOME = "Annual Income (k$)";
    static final String SPENDING = "Spending Score (1-100)";

    final RecordingDialogs dialogs = new RecordingDialogs();
    final ProjectSettingsAccess project = ProjectSettingsAccess.inMemory();
    private final ExecutorService workers = FxTaskRunner.newWorkerPool(2);
    final FxTaskRunner tasks;
    final DataViewModel data;
    final ClustersPanel panel;

    private MallPanel(Stage stage) {
        Theme.installBase();
        tasks = new FxTaskRunner(workers);
        data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);
        panel = new ClustersPanel(data, project, tasks, dialogs);
        Scene scene = new Scene((Parent) panel.view(), 1400, 900);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Call from {@code @Start}. */
    static MallPanel show(Stage stage) {
        return new MallPanel(stage);
    }

    ClustersViewModel model() {
        return panel.model();
    }

    /** Imports the customers and waits until they are read. */
    void load(FxRobot robot) throws TimeoutException {
        robot.interact(() -> data.importFile(MALL.toAbsolutePath()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> data.selected() != null && data.selected().table() != null
                && tasks.running().isEmpty());
    }

    /** Applies the settings (on the FX thread), presses Run and waits for the segments. */
    void run(FxRobot robot, Runnable settings) throws TimeoutException {
        robot.interact(settings);
        ClusterOutcome before = model().outcome();
        robot.clickOn("#cluster-run");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model().outcome() != before
                && !model().runningProperty().get() && tasks.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tasks.running().isEmpty());
        } catch (TimeoutException e) {
            // the workers stop anyway
        }
        workers.shutdownNow();
    }
}
