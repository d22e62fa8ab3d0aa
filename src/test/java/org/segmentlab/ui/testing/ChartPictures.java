package org.segmentlab.ui.testing;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import org.segmentlab.ui.common.ChartPicture;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Chart pictures are drawn off the FX thread: tests wait for the ones on screen before they look or save. */
public final class ChartPictures {

    private ChartPictures() {
    }

    /** Waits until every chart picture on screen is drawn at its size and returns them. */
    public static List<ChartPicture> waitUntilDrawn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<ChartPicture> shown = robot.lookup(".sl-chart-picture").queryAllAs(ChartPicture.class).stream()
                .filter(ChartPictures::shownOnScreen).collect(Collectors.toList());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () ->
                WaitForAsyncUtils.asyncFx(() -> shown.stream().allMatch(ChartPicture::upToDate)).get());
        WaitForAsyncUtils.waitForFxEvents();
        return shown;
    }

    /** Whether the node and all its parents are visible in a scene. */
    public static boolean shownOnScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The texts of the tooltip windows on screen (a chart's tooltip is one). */
    public static List<String> tipsShowing() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(window -> window instanceof javafx.scene.control.Tooltip && window.isShowing())
                .map(window -> ((javafx.scene.control.Tooltip) window).getText()).collect(Collectors.toList())).get();
    }
}
