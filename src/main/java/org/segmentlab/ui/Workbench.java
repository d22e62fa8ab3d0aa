package org.segmentlab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.segmentlab.core.project.AutosaveService;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.customers.CustomersStep;
import org.segmentlab.ui.customers.CustomersViewModel;
import org.segmentlab.ui.customers.ProjectFeatureSettings;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataStep;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.dialog.DialogService;
import org.segmentlab.ui.predict.PredictStep;
import org.segmentlab.ui.report.ReportProject;
import org.segmentlab.ui.report.ReportStep;
import org.segmentlab.ui.segment.SegmentsStep;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.segment.rfm.ProjectRfmSettings;
import org.segmentlab.ui.task.FxTaskRunner;
import org.segmentlab.ui.workbench.MainWindow;
import org.segmentlab.ui.workbench.ProjectSession;
import org.segmentlab.ui.workbench.SessionScope;
import org.segmentlab.ui.workbench.RecentProjects;
import org.segmentlab.ui.workbench.SampleWriter;
import org.segmentlab.ui.workbench.WindowSettings;
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
     * @param preferences      where recent projects, the window's place and the theme are remembered
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
    private final MainWindow window;
    private final DialogService dialogs;
    private final DataReader reader;
    private final WindowSettings settings;
    /** Database passwords typed in this run, so a project reopened in it does not ask again; never saved. */
    private final org.segmentlab.ui.data.DatabasePasswords databasePasswords = new org.segmentlab.ui.data.DatabasePasswords();
    /** Where the window was when last neither maximized nor iconified. */
    private Rectangle2D normal;

    public Workbench(Stage stage, Dependencies dependencies) {
        this.stage = stage;
        this.tasks = new FxTaskRunner(dependencies.executor());
        this.dialogs = dependencies.dialogs();
        this.reader = dependencies.reader();
        this.model = new WorkbenchViewModel(this::session, new ProjectStore(),
                (project, file) -> new AutosaveService(project, file, dependencies.scheduler(),
                        dependencies.recoveryDir(), dependencies.autosaveInterval(), Clock.systemUTC()),
                dependencies.samples(), dependencies.dialogs(), tasks,
                new RecentProjects(dependencies.preferences()), stage::close);
        this.settings = new WindowSettings(dependencies.preferences());
        this.window = new MainWindow(model, tasks.running(), settings);
    }

    /**
     * The session of a project being opened: its data and every step built anew, all working through
     * {@code scope}, so that nothing of the project before can show or fire. A new step is one more
     * entry here.
     */
    private ProjectSession session(SessionScope scope) {
        DataViewModel data = new DataViewModel(reader, org.segmentlab.ui.data.DatabaseReader.jdbc(System::getenv),
                databasePasswords, scope, dialogs);
        // what the steps produce per customer, columns of the customer table every step reads
        StepColumns stepColumns = new StepColumns();
        CustomersViewModel customers = new CustomersViewModel(data, scope, dialogs,
                new ProjectFeatureSettings(scope::project,
                        features -> scope.updateSettings(settings -> settings.withFeatures(features))), stepColumns);
        SegmentsStep segments = new SegmentsStep(data, scope, dialogs, new ProjectRfmSettings(scope::project,
                rfm -> scope.updateSettings(settings -> settings.withRfm(rfm))),
                ProjectSettingsAccess.of(() -> scope.project().settings(), scope::updateSettings));
        PredictStep predict = new PredictStep(data, scope, dialogs,
                ProjectSettingsAccess.of(() -> scope.project().settings(), scope::updateSettings), stepColumns);
        org.segmentlab.ui.value.ValueStep value = new org.segmentlab.ui.value.ValueStep(data, scope, dialogs,
                ProjectSettingsAccess.of(() -> scope.project().settings(), scope::updateSettings), stepColumns);
        StepColumnsFeed.follow(stepColumns, scope::project, segments.rfm(), segments.clusters(), predict.model());
        StepColumnsFeed.followValue(stepColumns, value.model());
        StepColumnsFeed.followSegmentValues(stepColumns, segments.rfm(), segments.clusters());
        List<WorkbenchStep> steps = List.of(
                new DataStep(data, () -> model.importData()),
                new CustomersStep(customers),
                segments,
                predict,
                value,
                new org.segmentlab.ui.track.TrackStep(data, scope, dialogs, org.segmentlab.ui.track.TrackProject.of(
                        scope::project, scope::projectFile, scope::updateSettings)),
                new org.segmentlab.ui.campaign.CampaignStep(data, scope, dialogs,
                        ProjectSettingsAccess.of(() -> scope.project().settings(), scope::updateSettings),
                        scope::projectFile, stepColumns),
                new ReportStep(ReportProject.of(scope::project, scope::projectFile,
                        scope::updateSettings, scope::status, scope.projectFileProperty(),
                        scope.modifiedProperty(), data.revisionProperty()), scope, dialogs));
        return new ProjectSession(scope, data, steps, customers);
    }

    /**
     * Shows the window where it was last time, in the theme chosen last time; the first time, or when
     * that place is off every screen now, 1400×900 or the screen's size where that is smaller.
     */
    public void show() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Optional<WindowSettings.Placement> last = settings.placement().filter(placement -> placement.visibleOn(
                Screen.getScreens().stream().map(Screen::getVisualBounds).collect(Collectors.toList())));
        double width = last.map(WindowSettings.Placement::width).orElse(Math.min(DEFAULT_WIDTH, screen.getWidth()));
        double height = last.map(WindowSettings.Placement::height).orElse(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        Scene scene = new Scene(window.root(), width, height);
        Theme.installBase(settings.darkTheme());
        Theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.sizeToScene();
        if (last.isPresent()) {
            stage.setX(last.get().x());
            stage.setY(last.get().y());
            stage.setMaximized(last.get().maximized());
        } else {
            stage.centerOnScreen();
        }
        stage.setOnCloseRequest(event -> {
            // The model closes the window itself once unsaved changes are settled.
            event.consume();
            model.exit();
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> rememberPlacement());
        stage.show();
        normal = currentBounds();
        // A maximized window comes back maximized over the place it had before, not over the whole screen.
        javafx.beans.InvalidationListener moved = observable -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal = currentBounds();
            }
        };
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
    }

    /** The window's place and the size of its content. */
    private Rectangle2D currentBounds() {
        return new Rectangle2D(stage.getX(), stage.getY(),
                stage.getScene() == null ? stage.getWidth() : stage.getScene().getWidth(),
                stage.getScene() == null ? stage.getHeight() : stage.getScene().getHeight());
    }

    /** Keeps the window's place for the next session (its place before maximizing, when maximized). */
    public void rememberPlacement() {
        Rectangle2D bounds = stage.isMaximized() && normal != null ? normal : currentBounds();
        settings.rememberPlacement(new WindowSettings.Placement(bounds.getMinX(), bounds.getMinY(),
                bounds.getWidth(), bounds.getHeight(), stage.isMaximized()));
    }

    /**
     * Shows the window, then offers recovery or opens what the workbench was started with; started
     * with nothing, it shows the sample projects and the recent ones to choose from.
     */
    public void start(LaunchArguments arguments) {
        show();
        if (arguments.projectFile().isEmpty() && arguments.sampleName().isEmpty()) {
            window.showFirstStart();
        }
        model.start(arguments.projectFile(), arguments.sampleName());
    }

    /** A clean end of the session. */
    public void close() {
        model.close();
    }

    public WorkbenchViewModel model() {
        return model;
    }

    /** The data sources of the open project. */
    public DataViewModel data() {
        return model.data();
    }

    /** The Customers step's view-model of the open project. */
    public CustomersViewModel customers() {
        return model.session().part(CustomersViewModel.class).orElseThrow();
    }

    /** The open project's session. */
    public ProjectSession session() {
        return model.session();
    }

    public MainWindow window() {
        return window;
    }

    public FxTaskRunner tasks() {
        return tasks;
    }
}
