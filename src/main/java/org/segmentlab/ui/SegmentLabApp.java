package org.segmentlab.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.segmentlab.core.AppDirs;
import org.segmentlab.core.project.AutosaveService;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.dialog.FxDialogService;
import org.segmentlab.ui.task.FxTaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workbench application. */
public final class SegmentLabApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentLabApp.class);

    private ExecutorService workers;
    private ScheduledExecutorService autosaveThread;
    private Workbench workbench;

    public static void launchWorkbench(String[] args) {
        Application.launch(SegmentLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchArguments arguments = LaunchArguments.parse(getParameters().getRaw());
        LOG.info("Workbench {} starting with {}", org.segmentlab.Version.current(), arguments);
        Theme.installBase();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        new UncaughtErrors(dialogs).install();
        workers = FxTaskRunner.newWorkerPool(2);
        autosaveThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segmentlab-autosave");
            thread.setDaemon(true);
            return thread;
        });
        workbench = new Workbench(stage, new Workbench.Dependencies(
                DataReader.tableImporter(), workers, autosaveThread, dialogs,
                Preferences.userRoot().node("org/segmentlab/workbench"), AppDirs.recoveryDir(),
                AutosaveService.DEFAULT_INTERVAL, SampleProjects::write));
        workbench.start(arguments);
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
        if (workers != null) {
            workers.shutdownNow();
        }
        if (autosaveThread != null) {
            autosaveThread.shutdownNow();
        }
        LOG.info("Workbench closed");
    }
}
