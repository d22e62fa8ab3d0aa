package org.segmentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.core.project.FeatureSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectCustomers;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.SavedPrediction;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.segment.cluster.ClusteringAlgorithm;
import org.segmentlab.core.segment.cluster.ClusteringService;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.customers.CustomersViewModel;
import org.segmentlab.ui.customers.FeatureSettingsStore;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.predict.ModelRun;
import org.segmentlab.ui.predict.PredictViewModel;
import org.segmentlab.ui.segment.cluster.ClustersViewModel;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.segment.rfm.RfmViewModel;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;

/**
 * What one step produces is a column of the project's customer table that the others read: the
 * Clusters step's segments show in the Customers step and are a feature Predict may learn from; the
 * model's scores show in the Customers step but are never offered to the next model; a saved model
 * that learnt from the segments is replayed headlessly to the very same scores.
 */
class StepColumnsFlowTest {

    private static final Path SAAS = Path.of("sample-projects/saas-churn/saas-churn.slproj.json");

    @TempDir
    Path dir;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DataViewModel data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);

    @Test
    void segmentsAndScoresFlowIntoTheCustomerTableAndTheSegmentsIntoTheModel() throws Exception {
        Project sample = new ProjectStore().load(SAAS);
        ProjectSettings[] settings = {ProjectSettings.EMPTY.withFeatures(sample.settings().features())};
        ProjectSettingsAccess project = ProjectSettingsAccess.of(() -> settings[0],
                change -> settings[0] = change.apply(settings[0]));
        data.replaceSources(sample.sources(), null);
        StepColumns columns = new StepColumns();

        CustomersViewModel customers = new CustomersViewModel(data, tasks, dialogs, new FeatureSettingsStore() {
            @Override
            public FeatureSettings load() {
                return settings[0].features();
            }

            @Override
            public void save(FeatureSettings features) {
                settings[0] = settings[0].withFeatures(features);
            }
        }, columns);
        ClustersViewModel clusters = new ClustersViewModel(data, project, tasks, dialogs, new ClusteringService(1));
        PredictViewModel predict = new PredictViewModel(data, project, tasks, dialogs, columns);
        RfmViewModel rfm = new RfmViewModel(data, tasks, dialogs, new org.segmentlab.ui.segment.rfm.RfmSettingsStore() {
            @Override
            public org.segmentlab.ui.segment.rfm.RfmStepSettings load() {
                return org.segmentlab.ui.segment.rfm.RfmStepSettings.DEFAULTS;
            }

            @Override
            public void save(org.segmentlab.ui.segment.rfm.RfmStepSettings saved) {
            }
        });
        StepColumnsFeed.follow(columns, () -> sample.withSettings(settings[0]), rfm, clusters, predict);

        customers.build();
        CustomerTable before = customers.table();
        assertThat(before.rowCount()).isEqualTo(5000);
        assertThat(before.has(ProjectCustomers.SEGMENT)).isFalse();

        // the Clusters step runs: its segments join the customer table, by customer
        clusters.choiceProperty().set(clusters.choices().stream()
                .filter(c -> c.customers() && c.source().id().equals("weekly_usage")).findFirst().orElseThrow());
        clusters.features().setAll("count_logins", "count_feature_uses", "activity_trend", "support_contacts",
                "days_since_last_visit");
        clusters.scalingProperty().set(FeatureScaling.LOG_ZSCORE);
        clusters.algorithmProperty().set(ClusteringAlgorithm.KMEANS);
        clusters.minKProperty().set(3);
        clusters.maxKProperty().set(3);
        clusters.run();
        assertThat(dialogs.shown()).isEmpty();
        Map<String, String> shown = clusters.segmentByCustomer().orElseThrow();
        assertThat(shown).hasSize(5000);
        assertThat(new java.util.HashSet<>(shown.values())).hasSize(3);
        CustomerTable withSegments = customers.table();
        assertThat(withSegments.featureNames()).endsWith(ProjectCustomers.SEGMENT);
        assertThat(segmentsOf(withSegments)).isEqualTo(shown);
        assertThat(customers.messageProperty().get()).contains("with segment (Clusters step)");
        assertThat(customers.summary(ProjectCustomers.SEGMENT)).isPresent();

        // a new name shows in the table at once
        String firstId = withSegments.customerIds().get(0);
        int segmentOfFirst = segmentIdOf(clusters, firstId);
        assertThat(clusters.rename(segmentOfFirst, "Power users")).isTrue();
        assertThat(segmentsOf(customers.table()).get(firstId)).isEqualTo("Power users");

        // Predict learns from the customer table: the segment is a column it offers
        predict.chooseLabelledSource();
        assertThat(predict.customerTableProperty().get()).isTrue();
        assertThat(predict.columns()).contains(ProjectCustomers.SEGMENT).doesNotContain(ProjectCustomers.CHURN_SCORE);
        predict.features().setAll("count_logins", "activity_trend", "support_contacts", "plan", "seats",
                ProjectCustomers.SEGMENT);
        predict.modelKindProperty().set(ModelKind.LOGISTIC);
        predict.train();
        assertThat(dialogs.shown()).isEmpty();
        ModelRun run = predict.selectedRunProperty().get();
        assertThat(run.result().model().schema().features()).contains(ProjectCustomers.SEGMENT);

        // the model's scores join the customer table; the next model is not offered them
        CustomerTable scored = customers.table();
        assertThat(scored.featureNames()).endsWith(ProjectCustomers.SEGMENT, ProjectCustomers.CHURN_SCORE);
        double[] scores = scored.numeric(ProjectCustomers.CHURN_SCORE);
        Map<String, Double> runScore = new HashMap<>();
        for (int i = 0; i < run.input().customerIds().size(); i++) {
            runScore.put(run.input().customerIds().get(i), run.scores()[i]);
        }
        for (int i = 0; i < scored.rowCount(); i++) {
            assertThat(scores[i]).isEqualTo(runScore.get(scored.customerIds().get(i)));
        }
        assertThat(predict.columns()).doesNotContain(ProjectCustomers.CHURN_SCORE);
        assertThat(predict.featureNoteProperty().get()).contains("'churn_score' is not offered");

        // the model's segments come back headlessly: the saved model gives the scores the step showed
        Path file = dir.resolve("flow.slproj.json");
        Project saved = sample.withSources(data.sourceRefs()).withSettings(settings[0]);
        new ProjectStore().save(saved, file);
        assertThat(saved.settings().predict().features()).contains(ProjectCustomers.SEGMENT);
        SavedPrediction.Prediction replay = new SavedPrediction().replay(new SavedSources(saved, file), Progress.none())
                .orElseThrow();
        assertThat(replay.training().evaluation().rocAuc()).isCloseTo(run.result().evaluation().rocAuc(), within(1e-12));
        for (int i = 0; i < replay.input().customerIds().size(); i++) {
            assertThat(replay.scores()[i]).as("score of %s", replay.input().customerIds().get(i))
                    .isCloseTo(runScore.get(replay.input().customerIds().get(i)), within(1e-12));
        }

        // the clustered log leaves the project: the Clusters step's result goes, and its column with it
        data.selectedProperty().set(data.sources().stream().filter(s -> s.id().equals("weekly_usage"))
                .findFirst().orElseThrow());
        data.removeSelected();
        assertThat(clusters.segmentByCustomer()).isEmpty();
        assertThat(columns.get(ProjectCustomers.SEGMENT)).isEmpty();
        assertThat(columns.get(ProjectCustomers.CHURN_SCORE)).isPresent();
    }

    private static Map<String, String> segmentsOf(CustomerTable table) {
        Map<String, String> out = new HashMap<>();
        String[] texts = table.column(ProjectCustomers.SEGMENT).texts();
        List<String> ids = table.customerIds();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), texts[i]);
        }
        return out;
    }

    private static int segmentIdOf(ClustersViewModel clusters, String customer) {
        String name = clusters.segmentByCustomer().orElseThrow().get(customer);
        return clusters.labels().segments().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow()
                .segmentId();
    }
}
