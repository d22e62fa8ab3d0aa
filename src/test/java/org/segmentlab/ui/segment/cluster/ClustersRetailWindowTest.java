package org.segmentlab.ui.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.controlsfx.control.CheckListView;
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

/** The retail-rfm sample, Segments → Clusters: the customers of the transactions log clustered on RFM. */
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
        robot.interact(() -> input.setValue(customers));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.tasks().running().isEmpty()
                && !robot.lookup("#cluster-run").queryButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        CheckListView<String> features = robot.lookup("#cluster-features").queryAs(CheckListView.class);
        assertThat(features.getCheckModel().getCheckedItems())
                .containsExactly("recency_days", "frequency", "monetary");
        Screenshots.save(robot.window(0).getScene(), "clusters-retail-input");

        Button run = robot.lookup("#cluster-run").queryButton();
        robot.interact(run::fire);
        TableView<SegmentRow> table = robot.lookup("." + ClustersView.SEGMENT_TABLE).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && workbench.tasks().running().isEmpty() && !run.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown()).isEmpty();
        int k = table.getItems().size();
        assertThat(k).isBetween(2, 8);
        assertThat(table.getItems().stream().mapToInt(SegmentRow::size).sum()).isEqualTo(4000);
        assertThat(table.getItems()).extracting(SegmentRow::name)
                .anySatisfy(name -> assertThat(name).contains("Lapsed"))
                .anySatisfy(name -> assertThat(name).contains("Frequent"));
        assertThat(input.getTooltip().getText()).isEqualTo(customers.label());

        TabPane charts = robot.lookup("." + ClustersView.CHART_TABS).queryAs(TabPane.class);
        List<Tab> tabs = List.copyOf(charts.getTabs());
        String[][] shots = {{"k sweep", "sweep"}, {"Profiles", "profiles"}, {"Customer map", "map"},
            {"Value × engagement", "value-engagement"}};
        for (String[] shot : shots) {
            Tab tab = tabs.stream().filter(t -> t.getText().equals(shot[0])).findFirst().orElseThrow();
            robot.interact(() -> charts.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.save(robot.window(0).getScene(), "clusters-retail-" + shot[1]);
        }
        assertThat(dialogs.shown()).isEmpty();
    }
}
