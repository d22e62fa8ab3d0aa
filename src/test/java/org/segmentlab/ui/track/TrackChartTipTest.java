package org.segmentlab.ui.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.dialog.SaveChoice;
import org.segmentlab.ui.testing.ChartPictures;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.WorkbenchWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tooltip of an Over time chart, in the workbench: it goes when the user goes to another step or
 * opens another project with the mouse still where it was, and the focus leaving the window takes it too.
 */
@ExtendWith(ApplicationExtension.class)
class TrackChartTipTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkbenchWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WorkbenchWindow.show(stage, dialogs, dir.resolve("recovery"));
    }

    @AfterEach
    void stopWorkers() {
        window.close();
    }

    /** Opens the sample, tracks three months and hovers a mark of the sizes chart until its tooltip shows. */
    private void hoverTheSizesChart(FxRobot robot) throws Exception {
        window.openSample(robot, "retail-rfm");
        TrackViewModel model = window.goTo(robot, "Over time", TrackStep.class).model();
        robot.interact(() -> {
            model.monthlyFromProperty().set(java.time.LocalDate.of(2024, 1, 1));
            model.monthlyToProperty().set(java.time.LocalDate.of(2024, 3, 1));
        });
        Button run = robot.lookup("#" + TrackView.RUN_BUTTON).queryButton();
        robot.interact(run::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.result() != null && !model.runningProperty().get());
        ChartPicture sizes = ChartPictures.waitUntilDrawn(robot).get(0);
        EntityCollection marks = sizes.shown().info().getEntityCollection();
        for (int i = 0; i < marks.getEntityCount() && tipsShowing().isEmpty(); i++) {
            ChartEntity mark = marks.getEntity(i);
            Rectangle2D box = mark.getArea().getBounds2D();
            double x = box.getCenterX() * sizes.getWidth() / sizes.shown().width();
            double y = box.getCenterY() * sizes.getHeight() / sizes.shown().height();
            if (sizes.markAt(x, y) == mark) {
                robot.moveTo(WaitForAsyncUtils.asyncFx(() -> sizes.localToScreen(x, y)).get());
            }
        }
        assertThat(tipsShowing()).as("a mark of the sizes chart says what it is").singleElement()
                .asString().contains(" customers");
    }

    private static List<String> tipsShowing() throws Exception {
        return org.segmentlab.ui.testing.ChartPictures.tipsShowing();
    }

    @Test
    void goingToAnotherStepTakesTheChartsTooltipAway(FxRobot robot) throws Exception {
        hoverTheSizesChart(robot);

        window.goTo(robot, "Campaigns", org.segmentlab.ui.common.WorkbenchStep.class);

        assertThat(tipsShowing()).isEmpty();
    }

    @Test
    void openingAnotherProjectLeavesNoTooltipOfThePreviousOne(FxRobot robot) throws Exception {
        hoverTheSizesChart(robot);
        dialogs.saveChangesWillAnswer(SaveChoice.DISCARD);

        window.openSample(robot, "retail-rfm");

        assertThat(tipsShowing()).isEmpty();
        robot.moveBy(2, 0);
        assertThat(tipsShowing()).as("the new project's Over time has no chart yet").isEmpty();
    }

    @Test
    void theWindowLosingTheFocusTakesTheChartsTooltipAway(FxRobot robot) throws Exception {
        hoverTheSizesChart(robot);

        // Monocle does not report a lost focus; a desktop toolkit does, as this does
        robot.interact(() -> com.sun.javafx.stage.WindowHelper.setFocused(stage, false));

        assertThat(tipsShowing()).isEmpty();
    }
}
