package org.segmentlab.ui.workbench;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.segmentlab.core.sample.SampleGenerator;
import org.segmentlab.core.sample.Samples;
import org.segmentlab.ui.about.AboutDialog;
import org.segmentlab.ui.common.Css;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.start.FirstStartView;
import org.segmentlab.ui.start.GuideDialog;

/** The workbench window's content: menu and tool bar, navigator, the current step, status bar. */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final Navigator navigator;
    private final MenuBar menuBar;
    private final WindowSettings settings;
    private final WorkbenchViewModel model;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final BooleanProperty firstStartShown = new SimpleBooleanProperty(this, "firstStartShown");
    private FirstStartView firstStart;

    private final ListChangeListener<Object> sourcesChanged = change -> hideFirstStart();

    /**
     * A banner per data file the project found changed or gone on opening, with what changed and the
     * two ways on: take the file as it is now, or point the project at the file it knew.
     */
    private void showNotices(VBox notices) {
        notices.getChildren().clear();
        for (WorkbenchViewModel.SourceNotice notice : model.sourceNotices()) {
            javafx.scene.control.Label text = new javafx.scene.control.Label(notice.message());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.HBox banner = new javafx.scene.layout.HBox(10, text);
            banner.getStyleClass().add("sl-source-notice");
            banner.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            banner.setPadding(new javafx.geometry.Insets(6, 12, 6, 12));
            banner.setStyle("-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-muted;"
                    + " -fx-border-width: 0 0 1 0;");
            if (notice.changed()) {
                javafx.scene.control.Button useNew = new javafx.scene.control.Button("Use the new data");
                useNew.setOnAction(event -> model.useNewData(notice.sourceId()));
                useNew.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                banner.getChildren().add(useNew);
            }
            if (notice.locate()) {
                javafx.scene.control.Button locate = new javafx.scene.control.Button("Locate the old file…");
                locate.setOnAction(event -> model.locateOldFile(notice.sourceId()));
                locate.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                banner.getChildren().add(locate);
            }
            javafx.scene.control.Button dismiss = new javafx.scene.control.Button("Dismiss");
            dismiss.setOnAction(event -> model.sourceNotices().remove(notice));
            dismiss.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            banner.getChildren().add(dismiss);
            notices.getChildren().add(banner);
        }
    }

    public MainWindow(WorkbenchViewModel model, ObservableList<Task<?>> running, WindowSettings settings) {
        this.model = model;
        this.settings = settings;
        darkTheme.set(settings.darkTheme());
        darkTheme.addListener((obs, old, dark) -> {
            settings.rememberDarkTheme(dark);
            if (root.getScene() != null) {
                Theme.setDark(root.getScene(), dark);
            }
        });
        MenuBarFactory menus = new MenuBarFactory(model, new Commands());
        navigator = new Navigator(model.session().steps());
        root.getStyleClass().add(Css.WORKBENCH);
        menuBar = menus.menuBar(model.recent().files(), model.canExportProperty(),
                Samples.all().stream().map(SampleGenerator::name).collect(Collectors.toList()));
        VBox notices = new VBox();
        notices.setId("source-notices");
        model.sourceNotices().addListener((ListChangeListener<WorkbenchViewModel.SourceNotice>) change ->
                showNotices(notices));
        showNotices(notices);
        root.setTop(new VBox(menuBar, menus.toolBar(model.canExportProperty()), notices));
        root.setLeft(navigator.side());
        root.setCenter(navigator.content());
        root.setBottom(new StatusBar(model.statusProperty(), running).node());
        acceptDroppedFiles(model);
        // Whatever gives the workbench a project to show ends the first-start screen.
        model.projectFileProperty().addListener((obs, old, now) -> hideFirstStart());
        model.modifiedProperty().addListener((obs, old, now) -> hideFirstStart());
        model.data().sources().addListener(sourcesChanged);
        // Another project: its own steps in place of the old ones, on the step the user was on.
        model.sessionProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.data().sources().removeListener(sourcesChanged);
            }
            navigator.replaceSteps(now.steps());
            now.data().sources().addListener(sourcesChanged);
        });
        navigator.selectedStep().addListener((obs, old, now) -> {
            if (!navigator.isReplacing()) {
                hideFirstStart();
            }
        });
    }

    public Parent root() {
        return root;
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Shows the sample projects where the step would be, until a project or data is opened. */
    public void showFirstStart() {
        // Built anew each time: the recent projects may have changed.
        firstStart = new FirstStartView(Samples.all().stream().map(FirstStartView.Sample::of)
                .collect(Collectors.toList()), model.recent().files().stream()
                .filter(java.nio.file.Files::isRegularFile).collect(Collectors.toList()), new StartActions());
        root.setCenter(firstStart.node());
        firstStartShown.set(true);
    }

    public boolean isFirstStartShown() {
        return firstStartShown.get();
    }

    private void hideFirstStart() {
        if (firstStartShown.get()) {
            root.setCenter(navigator.content());
            firstStartShown.set(false);
        }
    }

    private Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private final class Commands implements WindowCommands {

        @Override
        public BooleanProperty darkThemeProperty() {
            return darkTheme;
        }

        @Override
        public void showKeyboardShortcuts() {
            KeyboardShortcuts.dialog(owner(), menuBar).show();
        }

        @Override
        public void showSamples() {
            showFirstStart();
        }

        @Override
        public void showAbout() {
            AboutDialog.dialog(owner()).show();
        }
    }

    private final class StartActions implements FirstStartView.Actions {

        @Override
        public void open(String sample) {
            model.openSample(sample);
        }

        @Override
        public void readGuide(String sample) {
            model.readSampleGuide(sample, guide -> GuideDialog.dialog(owner(), sample, guide).show());
        }

        @Override
        public void startEmpty() {
            hideFirstStart();
        }

        @Override
        public void openRecent(Path project) {
            model.openRecent(project);
        }
    }

    public Navigator navigator() {
        return navigator;
    }

    private void acceptDroppedFiles(WorkbenchViewModel model) {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!root.getStyleClass().contains(Css.DROP_TARGET)) {
                    root.getStyleClass().add(Css.DROP_TARGET);
                }
            }
            event.consume();
        });
        root.setOnDragExited(event -> root.getStyleClass().remove(Css.DROP_TARGET));
        root.setOnDragDropped(event -> dropped(model, event));
    }

    private void dropped(WorkbenchViewModel model, DragEvent event) {
        root.getStyleClass().remove(Css.DROP_TARGET);
        boolean accepted = event.getDragboard().hasFiles();
        if (accepted) {
            List<Path> files = event.getDragboard().getFiles().stream()
                    .filter(File::isFile)
                    .map(File::toPath)
                    .collect(Collectors.toList());
            navigator.showFirst();
            model.importFiles(files);
        }
        event.setDropCompleted(accepted);
        event.consume();
    }
}
