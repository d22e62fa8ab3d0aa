package org.segmentlab.ui;

import org.segmentlab.ui.common.Theme;
import java.util.concurrent.ExecutorService;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.dialog.FxDialogService;
import org.segmentlab.ui.task.FxTaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workbench application. */
public final class SegmentLabApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentLabApp.class);

    private ExecutorService workers;

    public static void launchWorkbench(String[] args) {
        Application.launch(SegmentLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchArguments arguments = LaunchArguments.parse(getParameters().getRaw());
        LOG.info("Workbench starting with {}", arguments);
        Theme.installBase();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        new UncaughtErrors(dialogs).install();
        workers = FxTaskRunner.newWorkerPool(2);
        Workbench workbench = new Workbench(stage, new Workbench.Dependencies(
                DataReader.tableImporter(), workers, dialogs, Preferences.userRoot().node("org/segmentlab/workbench")));
        workbench.show();
    }

    @Override
    public void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
        LOG.info("Workbench closed");
    }
}
