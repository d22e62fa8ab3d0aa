package org.segmentlab.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.RolesEditor;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.TestDependencies;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Open a project with Ctrl+O, change a role, save with Ctrl+S: the file keeps the override. */
@ExtendWith(ApplicationExtension.class)
class ProjectWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ProjectStore store = new ProjectStore();
    private TestDependencies dependencies;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        Theme.installBase();
        dependencies = new TestDependencies(DataReader.tableImporter(), dialogs, dir.resolve("recovery"));
        workbench = new Workbench(stage, dependencies.get());
        workbench.show();
    }

    @AfterEach
    void stopWorkers() {
        dependencies.close();
    }

    private String title(FxRobot robot) {
        return ((Stage) robot.lookup("#navigator").query().getScene().getWindow()).getTitle();
    }

    @Test
    void openChangeARoleAndSaveKeepsTheOverrideInTheProjectFile(FxRobot robot) throws Exception {
        Path data = dir.resolve("customers.csv");
        Files.writeString(data, "CustomerID,Plan,Region\nC1,basic,north\nC2,pro,south\nC3,basic,south\n");
        Path file = dir.resolve("churn.slproj.json");
        store.save(Project.named("churn").withSources(List.of(
                DataSourceRef.of("attributes", SourceKind.ATTRIBUTES, data, ImportSettings.DETECT))), file);
        dialogs.openWillChoose(file);
        System.gc();

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.data().selected() != null
                && workbench.data().selected().table() != null && workbench.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(title(robot)).isEqualTo("churn — SegmentLab");
        assertThat(robot.lookup(".sl-preview").queryTableView().getItems()).hasSize(3);
        Screenshots.save(robot.window(0).getScene(), "project-opened");

        @SuppressWarnings("unchecked")
        ComboBox<ColumnRole> plan = robot.lookup(".sl-roles-editor .combo-box")
                .match(node -> "Plan".equals(node.getProperties().get(RolesEditor.COLUMN_KEY)))
                .queryAs(ComboBox.class);
        robot.interact(() -> plan.setValue(ColumnRole.LABEL));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title(robot).startsWith("• ")
                && workbench.tasks().running().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title(robot).equals("churn — SegmentLab"));

        Project saved = store.load(file);
        assertThat(saved.sources()).singleElement()
                .satisfies(source -> assertThat(source.options().roles()).isEqualTo(Map.of("Plan", ColumnRole.LABEL)));
        MenuBar menus = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu recent = (Menu) menus.getMenus().get(0).getItems().stream()
                .filter(item -> "menu-open-recent".equals(item.getId())).findFirst().orElseThrow();
        assertThat(recent.getItems()).extracting(MenuItem::getText).singleElement().asString()
                .startsWith("1  churn.slproj.json");
        assertThat(dialogs.errors()).isEmpty();
    }
}
