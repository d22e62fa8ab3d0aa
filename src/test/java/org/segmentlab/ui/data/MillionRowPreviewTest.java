package org.segmentlab.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.Theme;
import org.segmentlab.ui.testing.FakeReader;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.Screenshots;
import org.segmentlab.ui.testing.TestDependencies;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview of a million-row table builds no row objects and jumps to the end at once. */
@ExtendWith(ApplicationExtension.class)
class MillionRowPreviewTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    @TempDir
    Path recoveryDir;
    private TestDependencies dependencies;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        Theme.installBase();
        dependencies = new TestDependencies(new FakeReader(), new RecordingDialogs(), recoveryDir);
        workbench = new Workbench(stage, dependencies.get());
        workbench.show();
    }

    @AfterEach
    void stopWorkers() {
        dependencies.close();
    }

    @Test
    void scrollsToTheLastOfAMillionRows(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().importFiles(List.of(Path.of("orders-1000000.csv"))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.data().selected() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Integer> table = robot.lookup(".sl-preview").queryTableView();
        assertThat(table.getItems()).isInstanceOf(RowIndexList.class).hasSize(1_000_000);

        long start = System.nanoTime();
        robot.interact(() -> table.scrollTo(999_990));
        WaitForAsyncUtils.waitForFxEvents();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        List<String> shown = robot.lookup(".sl-preview .table-cell.sl-row-number").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getText() != null)
                .map(TableCell::getText)
                .toList();
        assertThat(shown).contains("1000000");
        assertThat(robot.lookup(".sl-preview .table-cell").queryAllAs(TableCell.class)).hasSizeLessThan(200);
        assertThat(millis).isLessThan(2000);
        Screenshots.save(robot.window(0).getScene(), "data-million-rows");
    }
}
