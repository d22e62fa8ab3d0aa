package org.segmentlab.ui.segment.cluster;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The chart tabs of the Clusters panel as a window test uses them: open one, wait for its picture, save it. */
final class ChartTabs {

    private ChartTabs() {
    }

    static TabPane charts(FxRobot robot) {
        return robot.lookup("." + ClustersView.CHART_TABS).queryAs(TabPane.class);
    }

    static String titles(FxRobot robot) {
        return charts(robot).getTabs().stream().map(Tab::getText).collect(Collectors.joining(", "));
    }

    /** Selects the tab and waits until its chart is drawn at its size. */
    static ChartPicture show(FxRobot robot, String title) throws TimeoutException {
        TabPane charts = charts(robot);
        Tab tab = charts.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart tab " + title + " among " + titles(robot)));
        robot.interact(() -> charts.getSelectionModel().select(tab));
        ChartPicture picture = ClusterChartsView.pictureOf(tab);
        waitUntilDrawn(picture);
        return picture;
    }

    static void waitUntilDrawn(ChartPicture picture) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(picture));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean onFx(ChartPicture picture) {
        try {
            return WaitForAsyncUtils.asyncFx(picture::upToDate).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Shows the tab and saves the chart area as clusters-CHART-SAMPLE.png. */
    static Path shoot(FxRobot robot, String title, String chart, String sample) throws TimeoutException {
        show(robot, title);
        return Screenshots.save(charts(robot), "clusters-" + chart + "-" + sample);
    }
}
