package org.segmentlab.ui.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.ui.Workbench;
import org.segmentlab.ui.common.ChartPicture;
import org.segmentlab.ui.common.WorkbenchStep;
import org.segmentlab.ui.task.PulseWatchdog;
import org.segmentlab.ui.testing.HeadlessScreen;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.testing.WorkbenchWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The goal "no JavaFX-thread stall over 100 ms during a sweep": retail-rfm's 4,000 customers
 * clustered on RFM with k = 2..12 in the Clusters tab, from pressing Run until the charts are drawn,
 * watched by {@link PulseWatchdog}; then every chart tab is opened once. The first run is cold (classes
 * load, code is interpreted), the next ones are what a user sees afterwards.
 *
 * <p>Run: {@code mvn -Pbench -Dtest=ClustersSweepStallBenchmark test}; figures go to
 * target/bench/ClustersSweepStallBenchmark.txt and the stalls, with where the FX thread was, to the log.
 */
@ExtendWith(ApplicationExtension.class)
class ClustersSweepStallBenchmark {

    static {
        HeadlessScreen.forBenchmark();
    }

    private static final int MEASURED_RUNS = 3;

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
    void close() throws Exception {
        window.waitUntilIdle(60);
        window.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void longestStallDuringASweepOfRetailCustomers(FxRobot robot) throws Exception {
        window.openSample(robot, "retail-rfm");
        window.goTo(robot, "Segments", WorkbenchStep.class);
        robot.clickOn("Clusters");
        window.waitUntilIdle(60);
        ComboBox<ClusterChoice> input = robot.lookup("#cluster-source").queryComboBox();
        ClusterChoice customers = input.getItems().stream().filter(ClusterChoice::customers).findFirst().orElseThrow();
        robot.interact(() -> input.setValue(customers));
        Button run = robot.lookup("#cluster-run").queryButton();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.tasks().running().isEmpty() && !run.isDisabled());
        robot.interact(() -> {
            ((javafx.scene.control.Spinner<Integer>) robot.lookup("#cluster-min-k").query()).getValueFactory().setValue(2);
            ((javafx.scene.control.Spinner<Integer>) robot.lookup("#cluster-max-k").query()).getValueFactory().setValue(12);
        });
        TabPane charts = robot.lookup("." + ClustersView.CHART_TABS).queryAs(TabPane.class);

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "system load average before: %.1f on %d cores",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        report.add("retail-rfm, Customers of transactions.csv on recency_days, frequency, monetary (log, z-score), "
                + "k-means, k = 2..12, headless JavaFX (Monocle, software rendering)");
        try (PulseWatchdog watchdog = PulseWatchdog.watchFxThread(PulseWatchdog.DEFAULT_LIMIT)) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> watchdog.answeredPings() > 5);
            for (int i = 0; i <= MEASURED_RUNS; i++) {
                watchdog.reset();
                Object before = shownChart(charts);
                long started = System.nanoTime();
                robot.interact(run::fire);
                WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !run.isDisabled()
                        && workbench.tasks().running().isEmpty());
                long done = System.nanoTime();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                    Object now = shownChart(charts);
                    return now != null && now != before;
                });
                settle(watchdog);
                assertThat(dialogs.errors()).isEmpty();
                assertThat(charts.getTabs()).extracting(Tab::getText).contains("k sweep");
                report.add(String.format(Locale.ROOT, "run %d%s: %.2f s from Run to segments; stalls over 100 ms: %d;"
                                + " longest wait of the FX thread %d ms (%d pings answered)", i, i == 0 ? " (cold)" : "",
                        (done - started) / 1e9, watchdog.stallCount(), watchdog.longestWait().toMillis(),
                        watchdog.answeredPings()));
            }
            for (int pass = 0; pass < 2; pass++) {
                watchdog.reset();
                for (Tab tab : List.copyOf(charts.getTabs())) {
                    robot.interact(() -> charts.getSelectionModel().select(tab));
                    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shownChart(charts) != null);
                    settle(watchdog);
                }
                report.add(String.format(Locale.ROOT, "opening each of the %d chart tabs%s: stalls over 100 ms: %d; "
                                + "longest wait %d ms", charts.getTabs().size(), pass == 0 ? " (first time)" : " (again)",
                        watchdog.stallCount(), watchdog.longestWait().toMillis()));
            }
        }
        Path out = Path.of("target", "bench", "ClustersSweepStallBenchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(line -> org.slf4j.LoggerFactory.getLogger(ClustersSweepStallBenchmark.class).info(line));
    }

    /** The picture on screen in the selected chart tab; null until it is drawn. */
    private static Object shownChart(TabPane charts) {
        Tab tab = charts.getSelectionModel().getSelectedItem();
        ChartPicture picture = tab == null ? null : ClusterChartsView.pictureOf(tab);
        return picture == null ? null : picture.shown();
    }

    /** Lets the FX thread draw what changed: a few pings' worth of idle time after the events are handled. */
    private static void settle(PulseWatchdog watchdog) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        long answered = watchdog.answeredPings();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> watchdog.answeredPings() >= answered + 20);
    }
}
