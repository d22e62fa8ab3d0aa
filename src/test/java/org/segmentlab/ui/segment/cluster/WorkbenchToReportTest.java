package org.segmentlab.ui.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.cli.SegmentLabCli;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.segment.cluster.ClusteringAlgorithm;
import org.segmentlab.core.segment.cluster.ClusteringService;
import org.segmentlab.report.ReportBuilder;
import org.segmentlab.report.ReportModel;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.predict.ModelRun;
import org.segmentlab.ui.predict.PredictViewModel;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;

/**
 * The README's promise: the report shows exactly the segments and scores the workbench showed. The
 * Clusters and Predict steps run on the saas-churn data, the project is saved, and the report and the
 * export replay it headlessly; every customer's segment and score must match what the steps showed.
 */
class WorkbenchToReportTest {

    private static final Path SAAS = Path.of("sample-projects/saas-churn/saas-churn.slproj.json");

    @TempDir
    Path dir;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DataViewModel data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);

    @Test
    void theReportAndTheExportCarryTheSegmentsAndScoresTheStepsShowed() throws Exception {
        Project sample = new ProjectStore().load(SAAS);
        // the sources and the customer table's period of the sample; no segments or model yet
        ProjectSettings[] settings = {ProjectSettings.EMPTY.withFeatures(sample.settings().features())};
        ProjectSettingsAccess project = ProjectSettingsAccess.of(() -> settings[0],
                change -> settings[0] = change.apply(settings[0]));
        data.replaceSources(sample.sources(), null);

        ClustersViewModel clusters = new ClustersViewModel(data, project, tasks, dialogs, new ClusteringService(1));
        clusters.choiceProperty().set(clusters.choices().stream()
                .filter(c -> c.customers() && c.source().id().equals("weekly_usage")).findFirst().orElseThrow());
        clusters.features().setAll("count_logins", "count_feature_uses", "activity_trend", "support_contacts",
                "days_since_last_visit");
        clusters.scalingProperty().set(FeatureScaling.LOG_ZSCORE);
        clusters.algorithmProperty().set(ClusteringAlgorithm.KMEANS);
        clusters.minKProperty().set(2);
        clusters.maxKProperty().set(6);
        clusters.run();
        clusters.applyK(3);
        assertThat(clusters.rename(0, "First segment")).isTrue();

        PredictViewModel predict = new PredictViewModel(data, project, tasks, dialogs);
        predict.chooseLabelledSource();
        assertThat(predict.customerTableProperty().get()).isTrue();
        assertThat(predict.customersInputProperty().get()).isNotNull();
        predict.features().setAll("count_logins", "activity_trend", "support_contacts", "days_since_last_visit",
                "plan", "seats");
        predict.modelKindProperty().set(ModelKind.LOGISTIC);
        predict.train();
        assertThat(dialogs.shown()).isEmpty();

        // what the steps showed, by customer
        ClusterOutcome outcome = clusters.outcomeProperty().get();
        assertThat(outcome.k()).isEqualTo(3);
        Map<String, Integer> shownSegment = new HashMap<>();
        for (int i = 0; i < outcome.matrix().customerCount(); i++) {
            shownSegment.put(outcome.matrix().customerIds().get(i), outcome.result().assignments()[i]);
        }
        ModelRun run = predict.selectedRunProperty().get();
        Map<String, Double> shownScore = new HashMap<>();
        for (int i = 0; i < run.input().customerIds().size(); i++) {
            shownScore.put(run.input().customerIds().get(i), run.scores()[i]);
        }
        assertThat(shownSegment).hasSize(5000);
        assertThat(shownScore).hasSize(5000);

        Path file = dir.resolve("workbench.slproj.json");
        new ProjectStore().save(sample.withSources(data.sourceRefs()).withSettings(settings[0]), file);

        // the report, replayed from the saved file alone
        ReportModel report = new ReportBuilder().build(file, null, null, LocalDate.of(2025, 1, 6), Progress.none());
        ReportModel.CustomerList list = report.customers();
        assertThat(list.ids()).hasSize(5000);
        for (int i = 0; i < list.ids().size(); i++) {
            String id = list.ids().get(i);
            int segment = shownSegment.get(id);
            assertThat(list.segmentIds()[i]).as("segment of %s", id).isEqualTo(segment);
            assertThat(list.segmentNames().get(i)).isEqualTo(clusters.labels().nameOf(segment));
            assertThat(list.scores()[i]).as("score of %s", id).isEqualTo(shownScore.get(id));
        }
        assertThat(report.model().rocAuc()).isEqualTo(run.result().evaluation().rocAuc());

        // the export, by the command a user runs
        Path out = dir.resolve("activation");
        StringWriter err = new StringWriter();
        int exit = SegmentLabCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "export", "--project", file.toString(), "--out", out.toString(), "--with-scores");
        assertThat(exit).as(err.toString()).isZero();
        List<List<String>> customers = csv(out.resolve("customers.csv"));
        List<String> header = customers.get(0);
        assertThat(customers).hasSize(5001);
        for (List<String> row : customers.subList(1, customers.size())) {
            String id = row.get(0);
            int segment = shownSegment.get(id);
            assertThat(Integer.parseInt(row.get(header.indexOf("segment_id")))).isEqualTo(segment);
            assertThat(row.get(header.indexOf("segment_name"))).isEqualTo(clusters.labels().nameOf(segment));
            assertThat(row.get(header.indexOf("score"))).isEqualTo(String.format(java.util.Locale.ROOT, "%.4f",
                    shownScore.get(id)));
        }
        List<List<String>> table = csv(out.resolve("customer_table.csv"));
        List<String> columns = table.get(0);
        assertThat(table).hasSize(5001);
        for (List<String> row : table.subList(1, table.size())) {
            String id = row.get(0);
            assertThat(row.get(columns.indexOf("segment"))).isEqualTo(clusters.labels().nameOf(shownSegment.get(id)));
            // full precision: the very double the Predict step showed
            assertThat(Double.parseDouble(row.get(columns.indexOf("churn_score")))).isEqualTo(shownScore.get(id));
        }
    }

    /** The cells of a CSV file, quotes understood. */
    private static List<List<String>> csv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }
}
