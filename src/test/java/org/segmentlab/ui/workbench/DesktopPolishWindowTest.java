package org.segmentlab.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.ui.LaunchArguments;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.testing.FakeReader;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.MemoryPreferences;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.TestDependencies;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workbench that was used before: it comes back where it was, in its theme, with its last
 * project; every menu command has a shortcut and Help lists them all.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopPolishWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    @TempDir
    static Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MemoryPreferences preferences = new MemoryPreferences();
    private TestDependencies dependencies;
    private Workbench workbench;
    private Stage stage;
    private Path lastProject;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.installBase();
        lastProject = dir.resolve("last-" + System.nanoTime() + ".slproj.json");
        new ProjectStore().save(Project.named("last time"), lastProject);
        new RecentProjects(preferences).add(lastProject);
        new WindowSettings(preferences).rememberPlacement(new WindowSettings.Placement(40, 30, 1200, 760, false));
        dependencies = new TestDependencies(new FakeReader(), dialogs, dir.resolve("recovery"));
        Workbench.Dependencies fake = dependencies.get();
        workbench = new Workbench(stage, new Workbench.Dependencies(fake.reader(), fake.executor(), fake.scheduler(),
                fake.dialogs(), preferences, fake.recoveryDir(), fake.autosaveInterval(), fake.samples()));
        workbench.start(new LaunchArguments(null, lastProject, false));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lastProject.equals(workbench.model().projectFileProperty().get()));
        // the project's file is set while it is being opened on the FX thread: let that finish first
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.tasks().running().isEmpty());
        dependencies.close();
        // the base theme is for the whole application: the next test starts light
        WaitForAsyncUtils.asyncFx(() -> Theme.installBase(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowComesBackWhereItWasWithTheLastProjectOpen() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lastProject.equals(workbench.model().projectFileProperty().get()));

        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        assertThat(stage.getScene().getWidth()).isEqualTo(1200);
        assertThat(stage.getScene().getHeight()).isEqualTo(760);
        assertThat(workbench.model().projectNameProperty().get()).isEqualTo("last time");
        assertThat(workbench.window().isFirstStartShown()).isFalse();
    }

    @Test
    void theWindowsPlaceIsRememberedForTheNextSession(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(200);
            stage.setY(150);
            workbench.rememberPlacement();
        });

        WindowSettings.Placement placement = new WindowSettings(preferences).placement().orElseThrow();
        assertThat(placement.x()).isEqualTo(200);
        assertThat(placement.y()).isEqualTo(150);
        assertThat(placement.width()).isEqualTo(1200);
        assertThat(placement.maximized()).isFalse();
    }

    @Test
    void aMaximizedWindowRemembersThePlaceItHadBefore(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        // the headless screen is 1600×1000: maximized, the window covers it
        assertThat(stage.getWidth()).isEqualTo(1600);
        robot.interact(workbench::rememberPlacement);
        robot.interact(() -> stage.setMaximized(false));

        WindowSettings.Placement placement = new WindowSettings(preferences).placement().orElseThrow();
        assertThat(placement.maximized()).isTrue();
        assertThat(placement.x()).isEqualTo(40);
        assertThat(placement.width()).isEqualTo(1200);
        assertThat(placement.height()).isEqualTo(760);
    }

    @Test
    void everyMenuCommandHasAShortcutAndHelpListsThemAll() {
        MenuBar bar = workbench.window().menuBar();
        List<MenuItem> commands = bar.getMenus().stream()
                .flatMap(menu -> KeyboardShortcuts.commands(menu).stream())
                .collect(Collectors.toList());
        List<KeyboardShortcuts.Shortcut> listed = KeyboardShortcuts.of(bar);

        // File: 7 commands, 1 recent project, each sample and the samples' guides; View: 1; Help: 2
        assertThat(commands).hasSize(11 + org.segmentlab.core.sample.Samples.all().size() + 1);
        assertThat(commands).allSatisfy(item -> assertThat(item.getAccelerator())
                .as("accelerator of %s", item.getText()).isNotNull());
        assertThat(commands.stream().map(MenuItem::getAccelerator).distinct().count()).isEqualTo(commands.size());
        assertThat(listed).extracting(KeyboardShortcuts.Shortcut::command)
                .containsExactlyElementsOf(commands.stream().map(MenuItem::getText).collect(Collectors.toList()));
        assertThat(listed).allSatisfy(shortcut -> assertThat(shortcut.keys()).isNotBlank());
        assertThat(listed).extracting(KeyboardShortcuts.Shortcut::menu)
                .contains("File", "File ▸ Open Recent", "File ▸ Open Sample", "View", "Help");
    }

    @Test
    void helpKeyboardShortcutsShowsTheListBuiltFromTheMenus(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TableView<?> table = robot.lookup("#shortcut-table").queryAs(javafx.scene.control.TableView.class);
        assertThat(table.getItems()).hasSize(KeyboardShortcuts.of(workbench.window().menuBar()).size());
        Screenshots.save(table.getScene(), "keyboard-shortcuts");
        robot.interact(() -> ((Stage) table.getScene().getWindow()).close());
    }

    @Test
    void theDarkThemeSwitchesWithItsShortcutAndIsRemembered(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model().projectFileProperty().get() != null);
        Scene scene = stage.getScene();
        assertThat(scene.getRoot().getPseudoClassStates()).doesNotContain(Theme.DARK);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(scene.getRoot().getPseudoClassStates()).contains(Theme.DARK);
        assertThat(Theme.isDark()).isTrue();
        assertThat(new WindowSettings(preferences).darkTheme()).isTrue();
        Menu view = workbench.window().menuBar().getMenus().get(1);
        assertThat(((CheckMenuItem) view.getItems().get(0)).isSelected()).isTrue();
        Screenshots.save(scene, "workbench-dark");

        robot.interact(() -> workbench.window().darkThemeProperty().set(false));
        assertThat(scene.getRoot().getPseudoClassStates()).doesNotContain(Theme.DARK);
        assertThat(new WindowSettings(preferences).darkTheme()).isFalse();
        assertThat(Files.exists(lastProject)).isTrue();
    }
}
