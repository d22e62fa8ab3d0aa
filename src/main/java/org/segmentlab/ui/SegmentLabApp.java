package org.segmentlab.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.segmentlab.core.AppDirs;
import org.segmentlab.core.project.AutosaveService;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.dialog.FxDialogService;
import org.segmentlab.ui.task.FxTaskRunner;
import org.segmentlab.ui.task.PulseWatchdog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workbench application. */
public final class SegmentLabApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentLabApp.class);

    private ExecutorService workers;
    private ScheduledExecutorService autosaveThread;
    private Workbench workbench;
    private PulseWatchdog watchdog;

    public static void launchWorkbench(String[] args) {
        Application.launch(SegmentLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchArguments arguments = LaunchArguments.parse(getParameters().getRaw());
        LOG.info("Workbench {} starting with {}", org.segmentlab.Version.current(), arguments);
        if (PulseWatchdog.debugRequested(arguments.debug())) {
            watchdog = PulseWatchdog.watchFxThread(PulseWatchdog.DEFAULT_LIMIT);
        }
        Theme.installBase();
        stage.getIcons().addAll(applicationIcons());
        FxDialogService dialogs = new FxDialogService(() -> stage, getHostServices()::showDocument);
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

    /** The application icon at the sizes window managers pick from (made from icons/segmentlab.svg). */
    static List<Image> applicationIcons() {
        return IntStream.of(16, 32, 48, 64, 128, 256)
                .mapToObj(size -> SegmentLabApp.class.getResource("/org/segmentlab/icons/segmentlab-" + size + ".png"))
                .filter(Objects::nonNull)
                .map(url -> new Image(url.toExternalForm()))
                .collect(Collectors.toList());
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
        if (watchdog != null) {
            watchdog.close();
        }
        LOG.info("Workbench closed");
    }
}
