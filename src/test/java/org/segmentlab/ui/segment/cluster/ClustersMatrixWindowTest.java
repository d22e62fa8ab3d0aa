package org.segmentlab.ui.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.report.charts.QuadrantChart;
import org.segmentlab.report.charts.QuadrantChart.Corner;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The value-against-engagement matrix of the mall customers: thresholds dragged or typed, the dots on or off. */
@ExtendWith(ApplicationExtension.class)
class ClustersMatrixWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private MallPanel mall;

    @Start
    void start(Stage stage) {
        mall = MallPanel.show(stage);
    }

    @AfterEach
    void close() {
        mall.close();
    }

    /** Customers with income at or above {@code income} and spending at or above {@code spending}, counted by hand. */
    private static long stars(FeatureMatrix matrix, double income, double spending) {
        double[] e = matrix.column(matrix.featureIndex(MallPanel.INCOME));
        double[] v = matrix.column(matrix.featureIndex(MallPanel.SPENDING));
        long n = 0;
        for (int i = 0; i < e.length; i++) {
            if (e[i] >= income && v[i] >= spending) {
                n++;
            }
        }
        return n;
    }

    private static QuadrantChart.Quadrant quadrant(ClustersViewModel model, Corner corner) {
        return model.quadrants().stream().filter(q -> q.corner() == corner).findFirst().orElseThrow();
    }

    private ValueEngagementView showMatrix(FxRobot robot) throws Exception {
        mall.load(robot);
        mall.run(robot, () -> mall.model().features().setAll(MallPanel.INCOME, MallPanel.SPENDING));
        ChartTabs.show(robot, "Value × engagement");
        return ClusterChartsView.of(ChartTabs.charts(robot)).matrix();
    }

    @Test
    void draggingTheEngagementLineMovesItsThresholdAndTheQuadrantsFollow(FxRobot robot) throws Exception {
        ValueEngagementView view = showMatrix(robot);
        ClustersViewModel model = mall.model();
        ChartPicture picture = view.picture();
        double before = model.engagementThresholdProperty().get();
        assertThat(before).as("the median income").isEqualTo(ValueEngagement.median(model.outcome().matrix(), MallPanel.INCOME));
        XYPlot plot = picture.shown().chart().getXYPlot();
        Range incomeAxis = plot.getDomainAxis().getRange();

        double[] line = WaitForAsyncUtils.asyncFx(view::thresholdPosition).get();
        double dataMiddleY = picture.shown().dataArea().getCenterY() * picture.getHeight() / picture.shown().height();
        Point2D from = picture.localToScreen(line[0], dataMiddleY + 20);
        robot.moveTo(from);
        assertThat(view.gripAt(line[0], dataMiddleY + 20)).isEqualTo(ValueEngagementView.Grip.ENGAGEMENT);
        robot.press(MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0).moveBy(40, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        ChartTabs.waitUntilDrawn(picture);

        double after = model.engagementThresholdProperty().get();
        double expected = plot.getDomainAxis().java2DToValue(
                (line[0] + 120) * picture.shown().width() / picture.getWidth(), picture.shown().dataArea(),
                plot.getDomainAxisEdge());
        assertThat(after).isGreaterThan(before).isCloseTo(expected, org.assertj.core.data.Offset.offset(1.0));
        assertThat(robot.lookup("#cluster-engagement-threshold").queryAs(TextField.class).getText())
                .isEqualTo(ValueEngagementView.format(after));
        FeatureMatrix matrix = model.outcome().matrix();
        double spending = model.valueThresholdProperty().get();
        assertThat(quadrant(model, Corner.TOP_RIGHT).customers()).isEqualTo(stars(matrix, after, spending))
                .isLessThan(stars(matrix, before, spending));
        assertThat(model.quadrants().stream().mapToLong(QuadrantChart.Quadrant::customers).sum()).isEqualTo(300);
        // the chart moved its line, and its axes stayed put under the mouse
        XYPlot redrawn = picture.shown().chart().getXYPlot();
        assertThat(redrawn.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                .extracting(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue()).containsExactly(after);
        assertThat(redrawn.getDomainAxis().getRange()).isEqualTo(incomeAxis);
        ChartTabs.shoot(robot, "Value × engagement", "value-engagement-dragged", "mall-demographics");
    }

    @Test
    void aTypedThresholdRecountsTheQuadrantsAndTheDotsCanBeHidden(FxRobot robot) throws Exception {
        ValueEngagementView view = showMatrix(robot);
        ClustersViewModel model = mall.model();
        assertThat(view.picture().shown().chart().getXYPlot().getDatasetCount()).as("dots and bubbles").isEqualTo(2);
        assertThat(view.picture().shown().chart().getXYPlot().getDataset(0).getItemCount(0)).isEqualTo(300);

        TextField spending = robot.lookup("#cluster-value-threshold").queryAs(TextField.class);
        robot.interact(() -> spending.setText(""));
        robot.clickOn(spending).write("75").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.valueThresholdProperty().get()).isEqualTo(75.0);
        FeatureMatrix matrix = model.outcome().matrix();
        assertThat(quadrant(model, Corner.TOP_RIGHT).customers())
                .isEqualTo(stars(matrix, model.engagementThresholdProperty().get(), 75));
        // a 1–100 score does not add up: the corner gives its mean
        assertThat(quadrant(model, Corner.TOP_RIGHT).summary()).contains(" · mean Spending Score (1-100) ");

        robot.clickOn("#cluster-cloud");
        ChartTabs.waitUntilDrawn(view.picture());
        assertThat(model.customerCloudProperty().get()).isFalse();
        XYPlot plot = view.picture().shown().chart().getXYPlot();
        assertThat(plot.getDatasetCount()).as("bubbles only").isEqualTo(1);
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).extracting(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue()).containsExactly(75.0);
    }
}
