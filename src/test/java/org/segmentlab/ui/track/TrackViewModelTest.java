package org.segmentlab.ui.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.cli.SegmentLabCli;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.TrackSettings;
import org.segmentlab.core.track.Migration;
import org.segmentlab.core.track.StabilityReading;
import org.segmentlab.core.track.TrackResult;
import org.segmentlab.core.track.TrackSummary;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.task.BackgroundTask;
import org.segmentlab.ui.task.TaskHandle;
import org.segmentlab.ui.task.TaskRunner;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.HeldTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;

/**
 * The Over time step on the retail-rfm sample: its migration counts are those {@code segmentlab track}
 * writes for the same days, its choice is kept in the project and comes back with it, a project without
 * one starts empty, and a run can be cancelled. On the cdp-events sample it tracks the kept clustering
 * with a bootstrap.
 */
class TrackViewModelTest {

    private static final Path RETAIL = Path.of("sample-projects/retail-rfm/retail-rfm.slproj.json");
    private static final Path CDP = Path.of("sample-projects/cdp-events/cdp-events.slproj.json");
    private static final String DAYS = "2024-03-01, 2024-07-01, 2025-01-01";

    @TempDir
    Path dir;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DataViewModel data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);

    private TrackViewModel open(TrackProject project) {
        data.replaceSources(project.project().sources(), null);
        return new TrackViewModel(data, project, tasks, dialogs);
    }

    @Test
    void theMigrationCountsAreThoseOfTheCommandLineForTheSameDays() throws Exception {
        Project sample = new ProjectStore().load(RETAIL);
        TrackProject project = TrackProject.inMemory(sample, RETAIL);
        TrackViewModel model = open(project);
        assertThat(model.result()).isNull();
        model.daysModeProperty().set(TrackViewModel.DaysMode.LIST);
        model.daysProperty().set(DAYS);

        model.run();

        assertThat(dialogs.shown()).isEmpty();
        TrackResult result = model.result();
        assertThat(result.snapshots()).extracting(s -> s.asOf().toString())
                .containsExactly("2024-03-01", "2024-07-01", "2025-01-01");
        assertThat(model.runningProperty().get()).isFalse();

        // the command line reads the file itself, with its own column detection and the standard map
        Path out = dir.resolve("track");
        StringWriter err = new StringWriter();
        int exit = SegmentLabCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "track",
                "--input", "sample-projects/retail-rfm/transactions.csv", "--as-of", DAYS.replace(" ", ""),
                "--out", out.toString());
        assertThat(exit).as(err.toString()).isZero();
        Map<String, Long> cli = new HashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("migration.csv"));
        assertThat(lines.get(0)).isEqualTo("from_as_of,to_as_of,from_segment,to_segment,customers,revenue");
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.split(",");
            cli.put(cell[0] + "|" + cell[1] + "|" + cell[2] + "|" + cell[3], Long.parseLong(cell[4]));
        }
        Map<String, Long> step = new HashMap<>();
        for (Migration m : result.migrations()) {
            for (Migration.Flow f : m.flows()) {
                step.put(m.fromAsOf() + "|" + m.toAsOf() + "|" + f.from() + "|" + f.to(), f.customers());
            }
        }
        cli.values().removeIf(n -> n == 0);
        assertThat(step).hasSizeGreaterThan(20).isEqualTo(cli);
        long customersLast = result.snapshots().get(2).size();
        assertThat(customersLast).isEqualTo(4_000);

        // the summary speaks of the first and last snapshot, then of the pair chosen
        assertThat(model.summaryProperty().get()).isEqualTo(TrackSummary.sentence(result, 0, 2))
                .contains("on 2024-03-01").contains("by 2025-01-01");
        model.flowFromProperty().set(1);
        assertThat(model.summaryProperty().get()).isEqualTo(TrackSummary.sentence(result, 1, 2))
                .contains("on 2024-07-01");
        assertThat(model.statusProperty().get()).startsWith("3 snapshots from 2024-03-01 (")
                .contains("to 2025-01-01 (4,000 customers).");

        // kept in the project, as the report reads it
        TrackSettings saved = project.project().settings().track();
        assertThat(saved.asOf()).isEqualTo(DAYS);
        assertThat(saved.tracksRfm()).isTrue();
        assertThat(saved.bootstrap()).isNull();

        // the project opened again puts the choice back, without a result until Run
        TrackViewModel again = open(project);
        assertThat(again.daysModeProperty().get()).isEqualTo(TrackViewModel.DaysMode.LIST);
        assertThat(again.daysProperty().get()).isEqualTo(DAYS);
        assertThat(again.segmentationProperty().get()).isEqualTo(TrackViewModel.RFM);
        assertThat(again.result()).isNull();
        assertThat(again.statusProperty().get()).contains("the RFM segments as of " + DAYS);

        // another project (the sample as shipped, nothing tracked) starts empty
        TrackViewModel other = open(TrackProject.inMemory(sample, RETAIL));
        assertThat(other.result()).isNull();
        assertThat(other.summaryProperty().get()).isEmpty();
        assertThat(other.daysModeProperty().get()).isEqualTo(TrackViewModel.DaysMode.MONTHLY);
        assertThat(other.monthlyFromProperty().get()).isNull();
        assertThat(other.daysProperty().get()).isEmpty();
    }

    @Test
    void withoutDaysEveryMonthOfTheDataIsTakenAndKept() throws Exception {
        Project sample = new ProjectStore().load(RETAIL);
        TrackProject project = TrackProject.inMemory(sample, RETAIL);
        TrackViewModel model = open(project);

        model.run();

        assertThat(dialogs.shown()).isEmpty();
        // purchases from 2023-01-01 to 2024-12-31: every first of the month from February 2023 to January 2025
        assertThat(model.result().snapshots()).hasSize(24);
        assertThat(model.result().snapshots().get(0).asOf()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(model.monthlyFromProperty().get()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(model.monthlyToProperty().get()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(project.project().settings().track().asOf()).isEqualTo("monthly:2023-02-01..2025-01-01");
        assertThat(model.flowToProperty().get()).isEqualTo(23);
    }

    @Test
    void badDaysAreRefusedWithAMessageAndNothingIsKept() throws Exception {
        Project sample = new ProjectStore().load(RETAIL);
        TrackProject project = TrackProject.inMemory(sample, RETAIL);
        TrackViewModel model = open(project);
        model.daysModeProperty().set(TrackViewModel.DaysMode.LIST);
        model.daysProperty().set("2024-03-01");
        model.run();
        model.daysProperty().set("2024-03-01, June");
        model.run();
        model.daysModeProperty().set(TrackViewModel.DaysMode.MONTHLY);
        model.monthlyFromProperty().set(LocalDate.of(2024, 1, 1));
        model.run();

        assertThat(dialogs.errors()).extracting(RecordingDialogs.Shown::message).containsExactly(
                "Segments over time need at least two snapshot days; 2024-03-01 gives one.",
                "The snapshot days cannot be read: 'June' is not a day of the form yyyy-MM-dd.",
                "Give both the first and the last monthly snapshot day, or neither to take every month of the data.");
        assertThat(project.project().settings().track()).isNull();
        assertThat(tasks.titles()).as("only the data was read").containsExactly("Reading transactions.csv");
    }

    @Test
    void aRunCanBeCancelledAndShowsNothing() throws Exception {
        Project sample = new ProjectStore().load(RETAIL);
        TrackProject project = TrackProject.inMemory(sample, RETAIL);
        data.replaceSources(sample.sources(), null);
        HeldTaskRunner runner = new HeldTaskRunner();
        TrackViewModel model = new TrackViewModel(data, project, runner, dialogs);
        model.daysModeProperty().set(TrackViewModel.DaysMode.LIST);
        model.daysProperty().set(DAYS);

        model.run();
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Computing the RFM segments as of each day…");
        model.cancel();
        assertThat(runner.cancelled(0)).isTrue();
        assertThat(model.runningProperty().get()).isFalse();
        runner.finishLast();

        assertThat(model.result()).isNull();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void aKeptClusteringIsTrackedWithItsBootstrapAndTheChoiceKept() throws Exception {
        Project sample = new ProjectStore().load(CDP);
        TrackProject project = TrackProject.inMemory(sample, CDP);
        TrackViewModel model = open(project);
        assertThat(model.segmentations()).extracting(TrackViewModel.Segmentation::runId)
                .containsExactly("rfm", "clusters");
        // an event log with no RFM settings: its clustering is what it has to track
        assertThat(model.segmentationProperty().get().runId()).isEqualTo("clusters");
        model.segmentationProperty().set(model.segmentations().get(0));
        model.refreshSegmentations();
        assertThat(model.segmentationProperty().get().runId()).as("a choice stays").isEqualTo("rfm");
        model.segmentationProperty().set(model.segmentations().get(1));
        model.daysModeProperty().set(TrackViewModel.DaysMode.LIST);
        model.daysProperty().set("2024-10-01, 2024-12-01");
        model.refitProperty().set(true);
        model.resamplesProperty().set(8);
        model.seedProperty().set(7L);

        model.run();

        assertThat(dialogs.shown()).isEmpty();
        TrackResult result = model.result();
        assertThat(result.segmentation()).isEqualTo("clusters");
        assertThat(result.snapshots()).hasSize(2);
        assertThat(result.adjustedRand()).hasSize(2);
        assertThat(result.stability()).hasSize(6).allSatisfy(s -> {
            assertThat(s.resamples()).isPositive().isLessThanOrEqualTo(8);
            assertThat(s.jaccardMean()).isBetween(0.0, 1.0);
            assertThat(s.reading()).isEqualTo(StabilityReading.of(s.jaccardMean()));
        });
        assertThat(result.stability().get(0).name()).isEqualTo("Window shoppers");
        assertThat(model.statusProperty().get()).contains(String.format(java.util.Locale.ROOT,
                "(adjusted Rand index, 1 = the same segments): %.2f on 2024-10-01, %.2f on 2024-12-01.",
                result.adjustedRand().get(0), result.adjustedRand().get(1)));
        TrackSettings saved = project.project().settings().track();
        assertThat(saved).isEqualTo(new TrackSettings("2024-10-01, 2024-12-01", "clusters", true, 8, 7L));

        TrackViewModel again = open(project);
        assertThat(again.segmentationProperty().get().runId()).isEqualTo("clusters");
        assertThat(again.refitProperty().get()).isTrue();
        assertThat(again.resamplesProperty().get()).isEqualTo(8);
        assertThat(again.seedProperty().get()).isEqualTo(7L);
    }
}
