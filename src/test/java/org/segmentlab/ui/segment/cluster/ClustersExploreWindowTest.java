package org.segmentlab.ui.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentlab.report.charts.QuadrantChart;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The charts answer the mouse: a bubble and a customer dot say what they are, a bubble clicked selects
 * its segment in the table and the map, and the map zooms with the wheel and shows all on a double-click.
 */
@ExtendWith(ApplicationExtension.class)
class ClustersExploreWindowTest {

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

    /** The item marks of the chart on screen (bubbles or dots), optionally of one dataset. */
    private static List<XYItemEntity> marks(ChartPicture picture, int dataset) {
        EntityCollection entities = picture.shown().info().getEntityCollection();
        XYPlot plot = picture.shown().chart().getXYPlot();
        List<XYItemEntity> out = new ArrayList<>();
        for (int i = 0; i < entities.getEntityCount(); i++) {
            ChartEntity e = entities.getEntity(i);
            if (e instanceof XYItemEntity && ((XYItemEntity) e).getDataset() == plot.getDataset(dataset)) {
                out.add((XYItemEntity) e);
            }
        }
        return out;
    }

    /** The screen point of a mark's centre. */
    private static Point2D centre(ChartPicture picture, ChartEntity mark) {
        Rectangle2D b = mark.getArea().getBounds2D();
        return picture.localToScreen(b.getCenterX() * picture.getWidth() / picture.shown().width(),
                b.getCenterY() * picture.getHeight() / picture.shown().height());
    }

    @Test
    void aBubbleSaysWhatItIsAndAClickSelectsItsSegmentEverywhere(FxRobot robot) throws Exception {
        mall.load(robot);
        mall.run(robot, () -> mall.model().features().setAll(MallPanel.INCOME, MallPanel.SPENDING));
        ChartTabs.show(robot, "Value × engagement");
        ValueEngagementView view = ClusterChartsView.of(ChartTabs.charts(robot)).matrix();
        ChartPicture picture = view.picture();
        ClustersViewModel model = mall.model();
        // with the dots on, the bubbles are the second dataset
        List<XYItemEntity> bubbles = marks(picture, 1);
        assertThat(bubbles).hasSize(model.segments().size());
        XYItemEntity mark = bubbles.get(bubbles.size() - 1);
        QuadrantChart.Bubble bubble = QuadrantChart.bubbleOf(picture.shown().chart(), mark).orElseThrow();
        int segment = bubble.segment() - 1;

        robot.moveTo(centre(picture, mark));
        WaitForAsyncUtils.waitForFxEvents();
        String tip = picture.tipText();
        assertThat(tip).startsWith(model.labels().nameOf(segment))
                .contains(String.format(java.util.Locale.US, "%,d customers", bubble.customers()))
                .contains(MallPanel.INCOME + ": mean").contains(MallPanel.SPENDING + ": mean");

        robot.clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedSegmentProperty().get()).isEqualTo(segment);
        @SuppressWarnings("unchecked")
        TableView<SegmentRow> table = robot.lookup("." + ClustersView.SEGMENT_TABLE).queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().segmentId()).isEqualTo(segment);

        // the wheel zooms the matrix too, and a double-click shows the chart's own view again (its padded
        // ranges, not the data's bare extent)
        Range home = picture.shown().chart().getXYPlot().getDomainAxis().getRange();
        Range homeValue = picture.shown().chart().getXYPlot().getRangeAxis().getRange();
        robot.interact(() -> picture.zoom(picture.getWidth() / 2, picture.getHeight() / 2, 0.5));
        ChartTabs.waitUntilDrawn(picture);
        assertThat(picture.isZoomed()).isTrue();
        assertThat(picture.shown().chart().getXYPlot().getDomainAxis().getRange().getLength())
                .isCloseTo(0.5 * home.getLength(), org.assertj.core.data.Offset.offset(1e-9));
        robot.moveTo(centre(picture, mark)).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        ChartTabs.waitUntilDrawn(picture);
        assertThat(picture.isZoomed()).isFalse();
        assertThat(picture.shown().chart().getXYPlot().getDomainAxis().getRange()).isEqualTo(home);
        assertThat(picture.shown().chart().getXYPlot().getRangeAxis().getRange()).isEqualTo(homeValue);
        // the double-click's two clicks chose the bubble and then let it go: one more chooses it again
        if (!Integer.valueOf(segment).equals(model.selectedSegmentProperty().get())) {
            robot.clickOn(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(model.selectedSegmentProperty().get()).isEqualTo(segment);

        // the map shows the selected segment's customers strongly and the others faintly
        ChartPicture map = ChartTabs.show(robot, "Customer map");
        ChartTabs.waitUntilDrawn(map);
        XYPlot plot = map.shown().chart().getXYPlot();
        String selectedKey = ClusterCharts.mapNames(model.outcome(), model.labels()).get(segment + 1);
        for (int s = 0; s < plot.getDataset(0).getSeriesCount(); s++) {
            int alpha = ((Color) plot.getRenderer(0).getSeriesPaint(s)).getAlpha();
            if (plot.getDataset(0).getSeriesKey(s).equals(selectedKey)) {
                assertThat(alpha).as("selected segment").isGreaterThan(100);
            } else {
                assertThat(alpha).as("other segment %s", plot.getDataset(0).getSeriesKey(s)).isLessThan(40);
            }
        }

        // choosing another row of the table selects that segment in the model
        int other = model.segments().stream().mapToInt(SegmentRow::segmentId).filter(id -> id != segment).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(model.segments().stream()
                .filter(r -> r.segmentId() == other).findFirst().orElseThrow()));
        assertThat(model.selectedSegmentProperty().get()).isEqualTo(other);
    }

    @Test
    void aDotOfTheMapNamesItsCustomerAndTheWheelZooms(FxRobot robot) throws Exception {
        mall.load(robot);
        mall.run(robot, () -> mall.model().features().setAll(MallPanel.INCOME, MallPanel.SPENDING, "Age"));
        ChartPicture map = ChartTabs.show(robot, "Customer map");
        ChartTabs.waitUntilDrawn(map);
        ClustersViewModel model = mall.model();
        List<XYItemEntity> dots = marks(map, 0);
        assertThat(dots).hasSize(300);
        XYItemEntity dot = dots.get(17);
        ClusterCharts.MapIndex mapIndex = new ClusterCharts.MapIndex(model.outcome(), model.labels());
        int row = mapIndex.row(map.shown().chart(), dot).orElseThrow();
        // the dot is where the projection put that customer
        double[] xy = {dot.getDataset().getXValue(dot.getSeriesIndex(), dot.getItem()),
                dot.getDataset().getYValue(dot.getSeriesIndex(), dot.getItem())};
        int index = -1;
        for (int i = 0; i < model.outcome().projection().rows().length; i++) {
            if (model.outcome().projection().rows()[i] == row) {
                index = i;
            }
        }
        assertThat(model.outcome().projection().x()[index]).isEqualTo(xy[0]);
        assertThat(model.outcome().projection().y()[index]).isEqualTo(xy[1]);

        robot.moveTo(centre(map, dot));
        WaitForAsyncUtils.waitForFxEvents();
        // the topmost dot there, which may lie over the one aimed at
        Point2D mouse = map.screenToLocal(robot.robotContext().getBaseRobot().retrieveMouse());
        ChartEntity under = map.markAt(mouse.getX(), mouse.getY());
        int shownRow = mapIndex.row(map.shown().chart(), under).orElseThrow();
        assertThat(map.tipText()).startsWith("Customer " + model.outcome().matrix().customerIds().get(shownRow))
                .contains("PC1").contains(MallPanel.INCOME + ": ");

        // what the directions are made of: unit, orthogonal weights, the strongest in PC1 first
        List<ClusterChartsView.Loading> loadings = ClusterChartsView.of(ChartTabs.charts(robot)).loadings();
        assertThat(loadings).extracting(ClusterChartsView.Loading::feature)
                .containsExactlyInAnyOrder(MallPanel.INCOME, MallPanel.SPENDING, "Age");
        double norm1 = 0;
        double norm2 = 0;
        double dot12 = 0;
        for (ClusterChartsView.Loading l : loadings) {
            norm1 += l.pc1() * l.pc1();
            norm2 += l.pc2() * l.pc2();
            dot12 += l.pc1() * l.pc2();
        }
        assertThat(norm1).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(norm2).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(dot12).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Math.abs(loadings.get(0).pc1())).isGreaterThanOrEqualTo(Math.abs(loadings.get(1).pc1()));
        TableView<?> table = robot.lookup(".sl-cluster-loadings").queryAs(TableView.class);
        assertThat(table.getColumns().get(1).getText()).isEqualTo(String.format(java.util.Locale.US, "PC1 %.0f%%",
                100 * model.outcome().projection().shares()[0]));

        Range before = map.shown().chart().getXYPlot().getDomainAxis().getRange();
        // the wheel zooms (which way a headless screen sends the wheel is its own affair)
        robot.scroll(1, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        ChartTabs.waitUntilDrawn(map);
        assertThat(map.isZoomed()).isTrue();
        assertThat(map.shown().chart().getXYPlot().getDomainAxis().getRange().getLength())
                .isNotCloseTo(before.getLength(), org.assertj.core.data.Offset.offset(1e-9));
        // zooming in by 0.8 about the dot keeps the dot where it was and shows 0.8 of the width
        Range now = map.shown().chart().getXYPlot().getDomainAxis().getRange();
        Rectangle2D area = map.shown().dataArea();
        double mx = area.getCenterX() * map.getWidth() / map.shown().width();
        double my = area.getCenterY() * map.getHeight() / map.shown().height();
        XYPlot shownPlot = map.shown().chart().getXYPlot();
        double atX = shownPlot.getDomainAxis().java2DToValue(area.getCenterX(), area, shownPlot.getDomainAxisEdge());
        robot.interact(() -> map.zoom(mx, my, 0.8));
        ChartTabs.waitUntilDrawn(map);
        Range zoomed = map.shown().chart().getXYPlot().getDomainAxis().getRange();
        assertThat(zoomed.getLength()).isCloseTo(0.8 * now.getLength(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(zoomed.getLowerBound()).isCloseTo(atX - 0.8 * (atX - now.getLowerBound()),
                org.assertj.core.data.Offset.offset(1e-9));

        robot.doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        ChartTabs.waitUntilDrawn(map);
        assertThat(map.isZoomed()).isFalse();
        assertThat(map.shown().chart().getXYPlot().getDomainAxis().getRange()).isEqualTo(before);
    }
}
