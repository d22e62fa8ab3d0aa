package org.segmentlab.ui.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.track.TrackResult;
import org.segmentlab.core.track.TrackSummary;
import org.segmentlab.report.charts.FlowChart;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.testing.ChartPictures;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.WorkbenchWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The retail-rfm sample, Over time: monthly snapshots of the RFM segments, every chart drawn, the summary said. */
@ExtendWith(ApplicationExtension.class)
class TrackWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = WorkbenchWindow.show(stage, dialogs, dir.resolve("recovery"));
    }

    @AfterEach
    void stopWorkers() {
        window.close();
    }

    private static List<ChartPicture> select(FxRobot robot, String name) throws Exception {
        TabPane tabs = robot.lookup("#" + TrackView.TABS).queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> t.getText().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        return ChartPictures.waitUntilDrawn(robot);
    }

    @Test
    void monthlySnapshotsOfTheRfmSegmentsShowEveryChartAndTheSummary(FxRobot robot) throws Exception {
        window.openSample(robot, "retail-rfm");
        TrackStep step = window.goTo(robot, "Over time", TrackStep.class);
        TrackViewModel model = step.model();
        Label summary = robot.lookup("#" + TrackView.SUMMARY).queryAs(Label.class);
        assertThat(summary.getText()).isEmpty();
        robot.interact(() -> {
            model.monthlyFromProperty().set(java.time.LocalDate.of(2024, 1, 1));
            model.monthlyToProperty().set(java.time.LocalDate.of(2024, 12, 1));
        });
        Button run = robot.lookup("#" + TrackView.RUN_BUTTON).queryButton();
        robot.interact(run::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.result() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.shown()).isEmpty();
        TrackResult result = model.result();
        assertThat(result.snapshots()).hasSize(12);
        assertThat(summary.getText()).isEqualTo(TrackSummary.sentence(result, 0, 11))
                .contains("on 2024-01-01").contains("by 2024-12-01").contains("the segment shares drifted");
        assertThat(window.workbench().model().currentProject().settings().track().asOf())
                .isEqualTo("monthly:2024-01-01..2024-12-01");

        assertThat(org.segmentlab.ui.testing.TruncatedText.find(robot.window(0).getScene().getRoot()))
                .as("texts cut off without a tooltip after a run").isEmpty();
        List<ChartPicture> sizes = ChartPictures.waitUntilDrawn(robot);
        assertThat(sizes).singleElement().satisfies(p -> assertThat(p.shown().chart().getCategoryPlot()
                .getDataset().getColumnCount()).isEqualTo(12));
        Screenshots.save(robot.window(0).getScene(), "track-sizes");

        ChartPicture flow = select(robot, "Flow").get(0);
        // the band of most customers, hovered, says where they went
        XYItemEntity widest = null;
        EntityCollection entities = flow.shown().info().getEntityCollection();
        for (int i = 0; i < entities.getEntityCount(); i++) {
            if (entities.getEntity(i) instanceof XYItemEntity e && e.getSeriesIndex() == FlowChart.BANDS
                    && (widest == null || e.getArea().getBounds2D().getHeight()
                    > widest.getArea().getBounds2D().getHeight())) {
                widest = e;
            }
        }
        assertThat(widest).isNotNull();
        java.awt.geom.Rectangle2D box = widest.getArea().getBounds2D();
        // the left end of the band, just right of its block, lies inside the band
        double jx = box.getMinX() + 3;
        FlowChart.Band band = ((FlowChart.FlowData) widest.getDataset()).layout().bands().get(widest.getItem());
        java.awt.geom.Point2D inside = null;
        for (double y = box.getMinY(); y < box.getMaxY(); y += 1) {
            if (widest.getArea().contains(jx, y)) {
                inside = new java.awt.geom.Point2D.Double(jx, y + 2);
                break;
            }
        }
        assertThat(inside).as("a point of the band " + band).isNotNull();
        double lx = inside.getX() * flow.getWidth() / flow.shown().width();
        double ly = inside.getY() * flow.getHeight() / flow.shown().height();
        robot.moveTo(flow.localToScreen(lx, ly));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.tipText()).isNotNull().contains(" → ").contains(" customers, ").contains("(on 2024-01-01)");
        Screenshots.save(robot.window(0).getScene(), "track-flow");

        assertThat(select(robot, "Migration")).singleElement().satisfies(p -> assertThat(p.shown().chart().getTitle()
                .getText()).isEqualTo("Where the customers of 2024-01-01 were on 2024-12-01"));
        assertThat(select(robot, "Drift")).singleElement().satisfies(p -> assertThat(p.shown().chart()
                .getCategoryPlot().getDataset().getColumnKeys()).containsExactly("segment shares", "recency_days",
                "frequency", "monetary"));
        TabPane tabs = robot.lookup("#" + TrackView.TABS).queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(4).isDisable()).as("no stability for RFM").isTrue();

        // another pair of snapshots: the charts and the sentence follow
        robot.interact(() -> model.flowFromProperty().set(10));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary.getText()).isEqualTo(TrackSummary.sentence(result, 10, 11)).contains("on 2024-11-01");
        assertThat(select(robot, "Drift").get(0).shown().chart().getTitle().getText())
                .isEqualTo("Drift from 2024-11-01 to 2024-12-01");

        // another project: nothing of this one is left in the step
        dialogs.saveChangesWillAnswer(org.segmentlab.ui.dialog.SaveChoice.DISCARD);
        window.openSample(robot, "shop-clv");
        assertThat(window.workbench().model().currentProject().name()).isNotEqualTo("Retail RFM sample");
        TrackStep fresh = window.goTo(robot, "Over time", TrackStep.class);
        assertThat(fresh).isNotSameAs(step);
        assertThat(fresh.model().result()).isNull();
        Label freshSummary = robot.lookup("#" + TrackView.SUMMARY).queryAs(Label.class);
        assertThat(freshSummary.getText()).isEmpty();
        assertThat(fresh.model().monthlyFromProperty().get()).isNull();
    }
}
