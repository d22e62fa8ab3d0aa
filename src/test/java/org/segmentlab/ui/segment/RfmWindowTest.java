package org.segmentlab.ui.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.segment.rfm.RfmPanel;
import org.segmentlab.ui.segment.rfm.RfmViewModel;
import org.segmentlab.ui.segment.rfm.SegmentRow;
import org.segmentlab.ui.testing.WorkbenchWindow;
import org.segmentlab.ui.testing.ChartPictures;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The retail-rfm sample, Segments → RFM: the grid, the segments and their customers. */
@ExtendWith(ApplicationExtension.class)
class RfmWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkbenchWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        window = WorkbenchWindow.show(stage, dialogs, dir.resolve("recovery"));
        workbench = window.workbench();
    }

    @AfterEach
    void stopWorkers() {
        window.close();
    }

    @Test
    void retailSampleShowsTwentyFiveSquaresAndSegmentsThatAddUpToEveryCustomer(FxRobot robot) throws Exception {
        window.openSample(robot, "retail-rfm");
        SegmentsStep segments = window.goTo(robot, "Segments", SegmentsStep.class);
        RfmViewModel rfm = segments.rfm();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rfm.segmentation() != null
                && workbench.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("." + RfmPanel.GRID_CELL).queryAll()).hasSize(25);
        @SuppressWarnings("unchecked")
        TableView<SegmentRow> table = robot.lookup("." + RfmPanel.SEGMENT_TABLE).queryAs(TableView.class);
        assertThat(table.getItems()).extracting(SegmentRow::name).startsWith("Champions", "Loyal Customers");
        int customers = rfm.result().size();
        assertThat(customers).isEqualTo(4000);
        assertThat(table.getItems().stream().mapToInt(row -> row.summary().customers()).sum()).isEqualTo(customers);
        assertThat(rfm.result().asOf()).hasToString("2025-01-01");
        assertThat(rfm.warnings()).isEmpty();
        assertThat(ChartPictures.waitUntilDrawn(robot)).as("the share bars are drawn").isNotEmpty()
                .allSatisfy(picture -> assertThat(picture.image()).isNotNull());
        Screenshots.save(robot.window(0).getScene(), "rfm-result");

        Node champions = robot.lookup("." + RfmPanel.GRID_CELL)
                .match(node -> Integer.valueOf(5).equals(node.getProperties().get("r"))
                        && Integer.valueOf(5).equals(node.getProperties().get("f")))
                .query();
        robot.clickOn(champions);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rfm.selectedCustomers()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.segment()).isEqualTo("Champions"));
        assertThat(rfm.selectedCustomers()).hasSize(rfm.segmentation().grid().cell(5, 5).customers());
        Screenshots.save(robot.window(0).getScene(), "rfm-customers");

        robot.clickOn("Distributions");
        // the share bars and the three histograms
        assertThat(ChartPictures.waitUntilDrawn(robot)).hasSizeGreaterThanOrEqualTo(4);
        Screenshots.save(robot.window(0).getScene(), "rfm-distributions");
        robot.clickOn("Segment map");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot.window(0).getScene(), "rfm-map");
        assertThat(dialogs.errors()).isEmpty();
    }
}
