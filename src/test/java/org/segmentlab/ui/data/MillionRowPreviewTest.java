package org.segmentlab.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Callback;
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

/**
 * The preview of a million-row table builds no row objects and, scrolled to the end, asks the table
 * only for the rows on screen. How long that takes is measured by {@code MillionRowPreviewBenchmark}.
 */
@ExtendWith(ApplicationExtension.class)
class MillionRowPreviewTest {

    static {
        HeadlessScreen.ensureRoomForTheWorkbench();
    }

    /** More rows than any screen shows: a preview that asked for more would be reading the table. */
    static final int SCREENFUL = 200;

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

    /** Opens orders-1000000.csv (made up by the fake reader) and returns its preview. */
    static TableView<Integer> previewOfAMillionRows(FxRobot robot, Workbench workbench) throws Exception {
        robot.interact(() -> workbench.model().importFiles(List.of(Path.of("orders-1000000.csv"))));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.data().selected() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".sl-preview").queryTableView();
    }

    @Test
    void scrollsToTheLastOfAMillionRowsAskingOnlyForTheRowsOnScreen(FxRobot robot) throws Exception {
        TableView<Integer> table = previewOfAMillionRows(robot, workbench);
        assertThat(table.getItems()).isInstanceOf(RowIndexList.class).hasSize(1_000_000);

        // every cell of every column asks its column for a value: count which rows are asked for
        Set<Integer> rowsAsked = ConcurrentHashMap.newKeySet();
        AtomicLong valuesAsked = new AtomicLong();
        robot.interact(() -> {
            for (TableColumn<Integer, ?> column : table.getColumns()) {
                counting(column, rowsAsked, valuesAsked);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        rowsAsked.clear();
        valuesAsked.set(0);

        robot.interact(() -> table.scrollTo(999_990));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = robot.lookup(".sl-preview .table-cell.sl-row-number").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getText() != null)
                .map(TableCell::getText)
                .toList();
        assertThat(shown).contains("1000000");
        assertThat(robot.lookup(".sl-preview .table-cell").queryAllAs(TableCell.class)).hasSizeLessThan(SCREENFUL);
        // only the last screenful of rows was asked for, each a few times at most, not the rows between
        assertThat(rowsAsked).isNotEmpty().hasSizeLessThan(SCREENFUL)
                .allSatisfy(row -> assertThat(row).isGreaterThanOrEqualTo(1_000_000 - SCREENFUL));
        assertThat(valuesAsked.get()).isLessThan(4L * SCREENFUL * table.getColumns().size());
        Screenshots.save(robot.window(0).getScene(), "data-million-rows");
    }

    private static <T> void counting(TableColumn<Integer, T> column, Set<Integer> rows, AtomicLong values) {
        Callback<TableColumn.CellDataFeatures<Integer, T>, ObservableValue<T>> real = column.getCellValueFactory();
        column.setCellValueFactory(cell -> {
            rows.add(cell.getValue());
            values.incrementAndGet();
            return real.call(cell);
        });
    }
}
