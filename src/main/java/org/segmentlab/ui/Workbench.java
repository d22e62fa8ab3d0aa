package org.segmentlab.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.segmentlab.core.project.AutosaveService;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.customers.CustomersStep;
import org.segmentlab.ui.customers.CustomersViewModel;
import org.segmentlab.ui.customers.ProjectFeatureSettings;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataStep;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.predict.PredictStep;
import org.segmentlab.ui.report.ReportStep;
import org.segmentlab.ui.segment.SegmentsStep;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.segment.rfm.ProjectRfmSettings;
import org.segmentlab.ui.task.FxTaskRunner;
import org.segmentlab.ui.workbench.MainWindow;
import org.segmentlab.ui.workbench.RecentProjects;
import org.segmentlab.ui.workbench.SampleWriter;
import org.segmentlab.ui.workbench.WorkbenchViewModel;

/**
 * Puts the workbench together: builds the services, view-models and steps, and shows them in a
 * stage. The application and the GUI tests both build it, with different dependencies.
 */
public final class Workbench {

    public static final double DEFAULT_WIDTH = 1400;
    public static final double DEFAULT_HEIGHT = 900;

    /**
     * What the workbench needs from outside.
     *
     * @param reader           reads data files
     * @param executor         runs background tasks
     * @param scheduler        runs the autosave
     * @param dialogs          talks to the user
     * @param preferences      where recent projects are remembered
     * @param recoveryDir      where autosave keeps its copies
     * @param autosaveInterval how often autosave writes a copy of a changed project
     * @param samples          writes sample projects
     */
    public record Dependencies(DataReader reader, Executor executor, ScheduledExecutorService scheduler,
                               DialogService dialogs, Preferences preferences, Path recoveryDir,
                               Duration autosaveInterval, SampleWriter samples) {
    }

    private final Stage stage;
    private final FxTaskRunner tasks;
    private final WorkbenchViewModel model;
    private final DataViewModel data;
    private final MainWindow window;
    private final DialogService dialogs;
    private final CustomersViewModel customers;

    public Workbench(Stage stage, Dependencies dependencies) {
        this.stage = stage;
        this.tasks = new FxTaskRunner(dependencies.executor());
        this.dialogs = dependencies.dialogs();
        this.data = new DataViewModel(dependencies.reader(), tasks, dependencies.dialogs());
        this.model = new WorkbenchViewModel(data, new ProjectStore(),
                (project, file) -> new AutosaveService(project, file, dependencies.scheduler(),
                        dependencies.recoveryDir(), dependencies.autosaveInterval(), Clock.systemUTC()),
                dependencies.samples(), dependencies.dialogs(), tasks,
                new RecentProjects(dependencies.preferences()), stage::close);
        this.customers = new CustomersViewModel(data, tasks, dependencies.dialogs(),
                new ProjectFeatureSettings(model::currentProject,
                        features -> model.updateSettings(settings -> settings.withFeatures(features))));
        this.window = new MainWindow(model, steps(), tasks.running());
    }

    /** The steps of the navigator, in order. A new step is one more entry here. */
    private List<WorkbenchStep> steps() {
        return List.of(
                new DataStep(data, model::importData),
                new CustomersStep(customers),
                new SegmentsStep(data, tasks, dialogs, new ProjectRfmSettings(model::currentProject,
                        rfm -> model.updateSettings(settings -> settings.withRfm(rfm))),
                        ProjectSettingsAccess.of(() -> model.currentProject().settings(), model::updateSettings)),
                new PredictStep(data, tasks, dialogs,
                        ProjectSettingsAccess.of(() -> model.currentProject().settings(), model::updateSettings)),
                new ReportStep());
    }

    /** Shows the window: 1400×900, or the screen's size where that is smaller. */
    public void show() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(DEFAULT_WIDTH, screen.getWidth()),
                Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        Theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(event -> {
            // The model closes the window itself once unsaved changes are settled.
            event.consume();
            model.exit();
        });
        stage.show();
    }

    /** Shows the window, then offers recovery or opens what the workbench was started with. */
    public void start(LaunchArguments arguments) {
        show();
        model.start(arguments.projectFile(), arguments.sampleName());
    }

    /** A clean end of the session. */
    public void close() {
        model.close();
    }

    public WorkbenchViewModel model() {
        return model;
    }

    public DataViewModel data() {
        return data;
    }

    public CustomersViewModel customers() {
        return customers;
    }

    public MainWindow window() {
        return window;
    }

    public FxTaskRunner tasks() {
        return tasks;
    }
}
