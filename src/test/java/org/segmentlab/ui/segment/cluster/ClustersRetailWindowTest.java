package org.segmentlab.ui.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.controlsfx.control.CheckListView;
import org.segmentlab.core.segment.cluster.ClusteringAlgorithm;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.testing.WorkbenchWindow;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The retail-rfm sample, Segments → Clusters: the customers of the transactions log clustered on RFM
 * with each method, and a picture of every chart.
 */
@ExtendWith(ApplicationExtension.class)
class ClustersRetailWindowTest {

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

    private static final String SAMPLE = "retail-rfm";

    @Test
    @SuppressWarnings("unchecked")
    void retailCustomersClusteredOnRfmGiveSegmentsOfEveryCustomer(FxRobot robot) throws Exception {
        window.openSample(robot, "retail-rfm");
        window.goTo(robot, "Segments", WorkbenchStep.class);
        robot.clickOn("Clusters");
        window.waitUntilIdle(60);

        ComboBox<ClusterChoice> input = robot.lookup("#cluster-source").queryComboBox();
        ClusterChoice customers = input.getItems().stream().filter(ClusterChoice::customers).findFirst().orElseThrow();
        assertThat(customers.label()).endsWith("(RFM and purchase features)");
        assertThat(input.getValue()).as("a log's customers come first").isEqualTo(customers);
        Button run = robot.lookup("#cluster-run").queryButton();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.tasks().running().isEmpty() && !run.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        CheckListView<String> features = robot.lookup("#cluster-features").queryAs(CheckListView.class);
        assertThat(features.getCheckModel().getCheckedItems())
                .containsExactly("recency_days", "frequency", "monetary");
        Screenshots.save(robot.window(0).getScene(), "clusters-retail-input");

        TableView<SegmentRow> table = robot.lookup("." + ClustersView.SEGMENT_TABLE).queryAs(TableView.class);
        runWith(robot, ClusteringAlgorithm.KMEANS);
        int k = table.getItems().size();
        assertThat(k).isBetween(2, 8);
        assertThat(table.getItems().stream().mapToInt(SegmentRow::size).sum()).isEqualTo(4000);
        assertThat(table.getItems()).extracting(SegmentRow::name)
                .anySatisfy(name -> assertThat(name).contains("Lapsed"))
                .anySatisfy(name -> assertThat(name).contains("Frequent"));
        assertThat(input.getTooltip().getText()).isEqualTo(customers.label());
        String[][] shots = {{"k sweep", "sweep"}, {"Silhouette", "silhouette"}, {"Profiles", "profiles"},
            {"Customer map", "map"}, {"Value × engagement", "value-engagement"}};
        for (String[] shot : shots) {
            ChartTabs.shoot(robot, shot[0], shot[1], SAMPLE);
        }
        Screenshots.save(robot.window(0).getScene(), "clusters-retail-window");

        runWith(robot, ClusteringAlgorithm.HIERARCHICAL);
        assertThat(ChartTabs.show(robot, "Tree").shown().chart().getTitle().getText())
                .isEqualTo("Merge tree, cut into " + table.getItems().size() + " segments");
        ChartTabs.shoot(robot, "Tree", "tree", SAMPLE);

        runWith(robot, ClusteringAlgorithm.DBSCAN);
        assertThat(ChartTabs.show(robot, "k-distance").shown().chart().getXYPlot().getDataset().getItemCount(0))
                .as("the curve, thinned evenly").isPositive().isLessThanOrEqualTo(4000);
        assertThat(table.getItems().stream().mapToInt(SegmentRow::size).sum()).isEqualTo(4000);
        ChartTabs.shoot(robot, "k-distance", "k-distance", SAMPLE);

        runWith(robot, ClusteringAlgorithm.GMM);
        assertThat(ChartTabs.show(robot, "BIC").shown().chart().getXYPlot().getDataset().getItemCount(0)).isEqualTo(7);
        ChartTabs.shoot(robot, "BIC", "bic", SAMPLE);
        assertThat(dialogs.shown()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void runWith(FxRobot robot, ClusteringAlgorithm algorithm) throws Exception {
        ComboBox<ClusteringAlgorithm> method = robot.lookup("#cluster-algorithm").queryComboBox();
        Spinner<Integer> minK = robot.lookup("#cluster-min-k").query();
        Spinner<Integer> maxK = robot.lookup("#cluster-max-k").query();
        robot.interact(() -> {
            method.setValue(algorithm);
            minK.getValueFactory().setValue(2);
            maxK.getValueFactory().setValue(8);
        });
        TableView<SegmentRow> table = robot.lookup("." + ClustersView.SEGMENT_TABLE).queryAs(TableView.class);
        Button run = robot.lookup("#cluster-run").queryButton();
        Label status = robot.lookup("#cluster-status").queryAs(Label.class);
        String before = status.getText();
        robot.interact(run::fire);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !status.getText().equals(before)
                && !table.getItems().isEmpty() && workbench.tasks().running().isEmpty() && !run.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.shown()).isEmpty();
    }
}
