package org.segmentlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A chart that takes a while to draw shows a spinner until its picture is there. */
@ExtendWith(ApplicationExtension.class)
class ChartPictureTest {

    static {
        org.segmentlab.ui.testing.HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private final ExecutorService painter = ChartPicture.newPainter();
    private ChartPicture picture;

    @Start
    void start(Stage stage) {
        picture = new ChartPicture(painter);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(picture), 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        painter.shutdownNow();
    }

    private static JFreeChart scatter() {
        XYSeries points = new XYSeries("points");
        for (int i = 0; i < 50; i++) {
            points.add(i, i * i);
        }
        return ChartFactory.createScatterPlot("t", "x", "y", new XYSeriesCollection(points));
    }

    @Test
    void aSlowChartShowsASpinnerUntilItIsDrawnAndAQuickOneNever(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> picture.show(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return scatter();
        }));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, picture::isDrawing);
        assertThat(picture.shown()).isNull();
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> picture.shown() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picture.isDrawing()).isFalse();

        // a quick drawing is done before the spinner's delay: it never shows
        robot.interact(() -> picture.show(ChartPictureTest::scatter));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, picture::upToDate);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picture.spinnerPending()).as("the spinner's delay is called off").isFalse();
        assertThat(picture.isDrawing()).isFalse();
    }

    @Test
    void theDarkThemeRedrawsTheChartOnADarkPageAndBack(FxRobot robot) throws Exception {
        robot.interact(() -> picture.show(() -> org.segmentlab.report.charts.ChartStyle.apply(scatter())));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, picture::upToDate);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(corner(robot)).isEqualTo(0xffffff);

        robot.interact(() -> Theme.markDark(picture.getScene().getRoot(), true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> picture.drawsDark() && picture.upToDate());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(corner(robot)).isEqualTo(0x0d1117);

        robot.interact(() -> Theme.markDark(picture.getScene().getRoot(), false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !picture.drawsDark() && picture.upToDate());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(corner(robot)).isEqualTo(0xffffff);
    }

    @Test
    void aChartOfStackedPanelsWithNoRangeAxisOfItsOwnIsDrawn(FxRobot robot) throws Exception {
        org.jfree.chart.plot.CombinedDomainXYPlot stacked = new org.jfree.chart.plot.CombinedDomainXYPlot(
                new org.jfree.chart.axis.NumberAxis("k"));
        stacked.add(scatter().getXYPlot());
        stacked.add(scatter().getXYPlot());
        robot.interact(() -> picture.show(() -> new JFreeChart("stacked", stacked)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, picture::upToDate);

        assertThat(picture.shown()).isNotNull();
        assertThat(picture.shown().chart().getXYPlot()).isSameAs(stacked);
    }

    /** The colour of the picture's top-left pixel, the chart's background. */
    private int corner(FxRobot robot) {
        int[] argb = new int[1];
        robot.interact(() -> argb[0] = picture.image().getPixelReader().getArgb(2, 2));
        return argb[0] & 0xffffff;
    }
}
