package org.segmentlab.ui.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.task.FxTaskRunner;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panel in a window on the mall sample: sweep, pick k, rename a segment, look at every chart. */
@ExtendWith(ApplicationExtension.class)
class ClustersPanelWindowTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    private static final Path MALL = Path.of("sample-projects/mall-demographics/customers.csv");

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ExecutorService workers = FxTaskRunner.newWorkerPool(2);
    private FxTaskRunner tasks;
    private DataViewModel data;
    private ClustersPanel panel;
    private final ProjectSettingsAccess project = ProjectSettingsAccess.inMemory();

    @Start
    void start(Stage stage) {
        Theme.installBase();
        tasks = new FxTaskRunner(workers);
        data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);
        panel = new ClustersPanel(data, project, tasks, dialogs);
        Scene scene = new Scene((javafx.scene.Parent) panel.view(), 1400, 900);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void editName(TableView table) {
        table.edit(0, (javafx.scene.control.TableColumn) table.getColumns().get(2));
    }

    @Test
    void sweepOnIncomeAndSpendingFindsFiveSegmentsThatCanBeRenamed(FxRobot robot) throws Exception {
        robot.interact(() -> data.importFile(MALL.toAbsolutePath()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> data.selected() != null && data.selected().table() != null);
        ClustersViewModel model = panel.model();
        robot.interact(() -> {
            model.features().setAll("Annual Income (k$)", "Spending Score (1-100)");
            model.minKProperty().set(2);
            model.maxKProperty().set(8);
        });
        assertThat(model.idColumnProperty().get()).isEqualTo("CustomerID");

        robot.clickOn("#cluster-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.outcome() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown()).isEmpty();
        assertThat(model.outcome().k()).isEqualTo(5);
        TableView<?> segments = robot.lookup("." + ClustersView.SEGMENT_TABLE).queryTableView();
        assertThat(segments.getItems()).hasSize(5);
        assertThat(model.segments().stream().mapToInt(SegmentRow::size).sum()).isEqualTo(data.selected().table().rowCount());

        robot.interact(() -> {
            segments.getSelectionModel().select(0);
            editName(segments);
        });
        javafx.scene.control.TextField editor = robot.lookup("." + ClustersView.SEGMENT_TABLE + " .text-field")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> editor.setText(""));
        robot.clickOn(editor).write("Careful middle").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.segments().get(0).name()).isEqualTo("Careful middle");
        assertThat(project.settings().segments()).anySatisfy(s -> assertThat(s.name()).isEqualTo("Careful middle"));

        TabPane charts = ChartTabs.charts(robot);
        assertThat(charts.getTabs()).extracting(Tab::getText)
                .containsExactly("k sweep", "Silhouette", "Profiles", "Customer map", "Value × engagement");
        String[][] shots = {{"k sweep", "sweep"}, {"Silhouette", "silhouette"}, {"Profiles", "profiles"},
            {"Customer map", "map"}, {"Value × engagement", "value-engagement"}};
        for (String[] shot : shots) {
            ChartTabs.shoot(robot, shot[0], shot[1], "mall-demographics");
        }
        ChartPicture silhouette = ChartTabs.show(robot, "Silhouette");
        assertThat(silhouette.shown().chart().getTitle().getText()).isEqualTo("How well each customer fits its segment");
        Screenshots.save(robot.window(0).getScene(), "clusters-mall-demographics-window");
    }
}
