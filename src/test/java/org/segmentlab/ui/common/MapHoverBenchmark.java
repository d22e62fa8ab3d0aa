package org.segmentlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentlab.report.charts.ScatterChart;
import org.segmentlab.ui.task.PulseWatchdog;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The goal "no stall of the JavaFX thread over 100 ms while hovering or zooming 20,000 points": a
 * customer map of 20,000 dots in five segments, the mouse moved over it 400 times (each move asks which
 * dot is under it and shows its tooltip) after 20 moves to warm up, then ten wheel zooms, drags that pan and a double-click that
 * shows all again, with the pulse watchdog timing the FX thread throughout. Run:
 * {@code mvn -Pbench -Dtest=MapHoverBenchmark test}; figures go to target/bench/MapHoverBenchmark.txt.
 */
@ExtendWith(ApplicationExtension.class)
class MapHoverBenchmark {

    static {
        HeadlessScreen.forBenchmark();
    }

    private static final int POINTS = 20_000;

    private final ExecutorService painter = ChartPicture.newPainter();
    private ChartPicture picture;

    @Start
    void start(Stage stage) {
        picture = new ChartPicture(painter);
        picture.setZoomable(true);
        picture.setTips(mark -> mark instanceof XYItemEntity item
                ? String.format(Locale.ROOT, "customer %d%nsegment %d", item.getItem(), item.getSeriesIndex() + 1)
                : null);
        stage.setScene(new Scene(new StackPane(picture), 1000, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        painter.shutdownNow();
    }

    @Test
    void hoveringAndZoomingTwentyThousandDotsKeepsTheFxThreadFree(FxRobot robot) throws Exception {
        Random random = new Random(7);
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        int[] segments = new int[POINTS];
        for (int i = 0; i < POINTS; i++) {
            segments[i] = 1 + i % 5;
            x[i] = segments[i] * 2 + random.nextGaussian();
            y[i] = (segments[i] % 3) * 2 + random.nextGaussian();
        }
        robot.interact(() -> picture.show(() -> ScatterChart.chart("Customer map", "PC1", "PC2", x, y, segments,
                Map.of(1, "One", 2, "Two", 3, "Three", 4, "Four", 5, "Five"), POINTS, List.of())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, picture::upToDate);
        WaitForAsyncUtils.waitForFxEvents();
        int marks = picture.shown().info().getEntityCollection().getEntityCount();

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "system load average before: %.1f on %d cores",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        report.add(String.format(Locale.ROOT, "%,d dots drawn, %,d marks recorded", POINTS, marks));
        Bounds box = picture.localToScreen(picture.getBoundsInLocal());
        // warm up: the first tooltip and the first moves load their classes (a one-off, not what a user feels after)
        for (int i = 0; i < 20; i++) {
            robot.moveTo(new Point2D(box.getMinX() + (0.3 + 0.02 * i) * box.getWidth(),
                    box.getMinY() + 0.5 * box.getHeight()));
        }
        int tips = 0;
        try (PulseWatchdog watchdog = PulseWatchdog.watchFxThread(PulseWatchdog.DEFAULT_LIMIT)) {
            long start = System.nanoTime();
            for (int i = 0; i < 400; i++) {
                double fx = 0.12 + 0.76 * ((i * 37) % 400) / 400.0;
                double fy = 0.12 + 0.76 * ((i * 91) % 400) / 400.0;
                robot.moveTo(new Point2D(box.getMinX() + fx * box.getWidth(), box.getMinY() + fy * box.getHeight()));
                if (picture.tipText() != null) {
                    tips++;
                }
            }
            long hovered = System.nanoTime() - start;
            Duration hoverStall = watchdog.longestStall();
            Duration hoverWait = watchdog.longestWait();
            long hoverPings = watchdog.answeredPings();
            watchdog.reset();
            robot.moveTo(new Point2D(box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2));
            for (int i = 0; i < 10; i++) {
                robot.scroll(1, VerticalDirection.UP);
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, picture::upToDate);
            }
            robot.drag(javafx.scene.input.MouseButton.PRIMARY).moveBy(120, 60).drop();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, picture::upToDate);
            boolean zoomed = picture.isZoomed();
            robot.doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, picture::upToDate);
            WaitForAsyncUtils.waitForFxEvents();
            Duration zoomStall = watchdog.longestStall();
            report.add(String.format(Locale.ROOT, "hover: 400 moves in %.1f s, %d with a tooltip; longest wait of "
                    + "the FX thread %d ms, stalls over 100 ms: longest %d ms (%d pings answered)", hovered / 1e9, tips,
                    hoverWait.toMillis(), hoverStall.toMillis(), hoverPings));
            report.add(String.format(Locale.ROOT, "zoom: 10 wheel steps, a pan and a reset; zoomed %s; longest wait "
                    + "of the FX thread %d ms, stalls over 100 ms: longest %d ms (%d pings answered)", zoomed,
                    watchdog.longestWait().toMillis(), zoomStall.toMillis(), watchdog.answeredPings()));
            Path out = Path.of("target", "bench", "MapHoverBenchmark.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report);
            report.forEach(line -> org.slf4j.LoggerFactory.getLogger(MapHoverBenchmark.class).info(line));

            assertThat(marks).isGreaterThanOrEqualTo(POINTS);
            assertThat(tips).as("moves that found a dot and said what it is").isGreaterThan(100);
            assertThat(zoomed).isTrue();
            assertThat(picture.isZoomed()).as("the double-click shows all again").isFalse();
            assertThat(hoverStall).isLessThan(PulseWatchdog.DEFAULT_LIMIT);
            assertThat(zoomStall).isLessThan(PulseWatchdog.DEFAULT_LIMIT);
        }
    }
}
