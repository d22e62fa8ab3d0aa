package org.segmentlab.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.sample.Samples;
import org.segmentlab.ui.LaunchArguments;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.testing.FakeReader;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.TestDependencies;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The very first start: no project, no recent project, so the workbench offers the four samples. */
@ExtendWith(ApplicationExtension.class)
class FirstStartWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TestDependencies dependencies;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        Theme.installBase();
        dependencies = new TestDependencies(new FakeReader(), dialogs, dir.resolve("recovery"));
        workbench = new Workbench(stage, dependencies.get());
        workbench.start(LaunchArguments.none());
    }

    @AfterEach
    void stop() throws Exception {
        // Interrupting a first read would leave Tablesaw's classes unusable for the tests after this one.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.tasks().running().isEmpty());
        dependencies.close();
    }

    @Test
    void offersEverySampleEachWithItsSummary(FxRobot robot) {
        assertThat(workbench.window().isFirstStartShown()).isTrue();
        for (String name : new String[] {"retail-rfm", "saas-churn", "cdp-events", "mall-demographics", "shop-clv",
                "email-campaign"}) {
            assertThat(robot.lookup("#open-" + name).queryAs(Button.class).getText()).isEqualTo("Open");
            assertThat(robot.lookup("#guide-" + name).queryAs(Button.class).getText()).isEqualTo("Read the guide");
        }
        String summary = Samples.find("saas-churn").orElseThrow().summary();
        assertThat(robot.lookup(".sl-sample-summary").queryAllAs(Label.class))
                .extracting(Label::getText)
                .hasSize(6)
                .anySatisfy(text -> assertThat(text.toLowerCase(java.util.Locale.ROOT)).startsWith(summary.toLowerCase(java.util.Locale.ROOT)));
        Screenshots.save(robot.lookup("#first-start").query().getScene(), "first-start");
    }

    @Test
    void readTheGuideShowsTheSamplesReadme(FxRobot robot) throws Exception {
        Path readme = Path.of("sample-projects", "mall-demographics", "README.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(readme), "no committed sample-projects here");

        robot.clickOn("#guide-mall-demographics");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#guide-text").tryQuery().isPresent());

        TextArea text = robot.lookup("#guide-text").queryAs(TextArea.class);
        assertThat(text.getText()).isEqualTo(Files.readString(readme));
        Screenshots.save(text.getScene(), "first-start-guide");
        robot.interact(() -> ((Stage) text.getScene().getWindow()).close());
    }

    @Test
    void openLoadsTheCommittedSampleAndTheSamplesGiveWayToTheSteps(FxRobot robot) throws Exception {
        Path project = Path.of("sample-projects", "retail-rfm", "retail-rfm.slproj.json").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(project), "no committed sample-projects here");

        robot.clickOn("#open-retail-rfm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> project.equals(workbench.model().projectFileProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workbench.window().isFirstStartShown()).isFalse();
        assertThat(robot.lookup("#first-start").tryQuery()).isEmpty();
        assertThat(workbench.model().recent().files()).contains(project);
    }

    @Test
    void startWithAnEmptyProjectShowsTheDataStep(FxRobot robot) {
        robot.clickOn("#first-start-empty");

        assertThat(workbench.window().isFirstStartShown()).isFalse();
        assertThat(robot.lookup(".sl-drop-zone").tryQuery()).isPresent();
    }
}
