package org.segmentlab.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.segmentlab.ui.testing.TestDependencies;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The goal "the preview of a million rows jumps to the end at once (under 2 s)": the time from
 * {@code scrollTo} of the last rows until the FX thread has handled what followed, first and then
 * again. Run: {@code mvn -Pbench -Dtest=MillionRowPreviewBenchmark test}; figures go to
 * target/bench/MillionRowPreviewBenchmark.txt.
 */
@ExtendWith(ApplicationExtension.class)
class MillionRowPreviewBenchmark {

    static {
        HeadlessScreen.forBenchmark();
    }

    private static final int RUNS = 5;

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
    void timeToScrollToTheLastOfAMillionRows(FxRobot robot) throws Exception {
        TableView<Integer> table = MillionRowPreviewTest.previewOfAMillionRows(robot, workbench);
        assertThat(table.getItems()).hasSize(1_000_000);
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "system load average before: %.1f on %d cores",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        for (int run = 0; run < RUNS; run++) {
            int target = run % 2 == 0 ? 999_990 : 0;
            long start = System.nanoTime();
            robot.interact(() -> table.scrollTo(target));
            WaitForAsyncUtils.waitForFxEvents();
            long millis = (System.nanoTime() - start) / 1_000_000;
            report.add(String.format(Locale.ROOT, "run %d%s: scrollTo(%d) and the FX events after it: %d ms",
                    run, run == 0 ? " (cold)" : "", target, millis));
        }
        Path out = Path.of("target", "bench", "MillionRowPreviewBenchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(line -> org.slf4j.LoggerFactory.getLogger(MillionRowPreviewBenchmark.class).info(line));
    }
}
