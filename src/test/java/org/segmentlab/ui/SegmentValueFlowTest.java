package org.segmentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.CustomerValues;
import org.segmentlab.core.clv.SegmentValues;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.segment.cluster.ClusteringAlgorithm;
import org.segmentlab.core.segment.cluster.ClusteringService;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.ui.common.StepColumns;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.predict.PredictViewModel;
import org.segmentlab.ui.segment.cluster.ClustersViewModel;
import org.segmentlab.ui.segment.cluster.ProjectSettingsAccess;
import org.segmentlab.ui.segment.rfm.RfmViewModel;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;
import org.segmentlab.ui.value.ValueViewModel;

/**
 * With a value model (the Value step's fit), the RFM and Clusters steps' segment tables give each
 * segment's total and mean CLV, share of CLV and mean P(alive): the sums of the fit's own values over
 * each segment's customers. Without a fit, or once it is gone, they give none.
 */
class SegmentValueFlowTest {

    private static final Path SHOP = Path.of("sample-projects/shop-clv/shop-clv.slproj.json");

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DataViewModel data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);

    @Test
    void segmentTablesGetTheValueOfTheirSegmentsFromTheValueStep() throws Exception {
        Project sample = new ProjectStore().load(SHOP);
        ProjectSettings[] settings = {ProjectSettings.EMPTY};
        ProjectSettingsAccess project = ProjectSettingsAccess.of(() -> settings[0],
                change -> settings[0] = change.apply(settings[0]));
        data.replaceSources(sample.sources(), null);
        StepColumns columns = new StepColumns();
        RfmViewModel rfm = new RfmViewModel(data, tasks, dialogs, new org.segmentlab.ui.segment.rfm.RfmSettingsStore() {
            @Override
            public org.segmentlab.ui.segment.rfm.RfmStepSettings load() {
                return org.segmentlab.ui.segment.rfm.RfmStepSettings.DEFAULTS;
            }

            @Override
            public void save(org.segmentlab.ui.segment.rfm.RfmStepSettings saved) {
            }
        });
        ClustersViewModel clusters = new ClustersViewModel(data, project, tasks, dialogs, new ClusteringService(1));
        PredictViewModel predict = new PredictViewModel(data, project, tasks, dialogs, columns);
        ValueViewModel value = new ValueViewModel(data, project, tasks, dialogs, columns);
        StepColumnsFeed.follow(columns, () -> sample.withSettings(settings[0]), rfm, clusters, predict);
        StepColumnsFeed.followValue(columns, value);
        StepColumnsFeed.followSegmentValues(columns, rfm, clusters);

        rfm.run();
        assertThat(dialogs.shown()).isEmpty();
        RfmSegmentation segmentation = rfm.segmentation();
        assertThat(segmentation).isNotNull();
        assertThat(rfm.segmentValuesProperty().get()).as("no value model yet").isNull();

        value.asOfProperty().set(LocalDate.of(2024, 6, 30));
        value.fit();
        assertThat(dialogs.shown()).isEmpty();
        ClvResult fitted = value.result();

        // by hand: the fit's values of each RFM customer added to the segment the RFM table names
        Map<String, String> rfmNames = new HashMap<>();
        for (int i = 0; i < segmentation.rfm().size(); i++) {
            rfmNames.put(segmentation.rfm().customerId(i), segmentation.segmentName(i));
        }
        checkSums(rfm.segmentValuesProperty().get(), rfmNames, fitted.values());
        assertThat(rfm.segments()).anySatisfy(row ->
                assertThat(rfm.segmentValuesProperty().get().of(row.name())).isPresent());

        // the Clusters step's segments likewise, as soon as it has run
        assertThat(clusters.segmentValuesProperty().get()).isNull();
        clusters.choiceProperty().set(clusters.choices().stream().filter(c -> c.customers()).findFirst().orElseThrow());
        clusters.features().setAll("frequency", "monetary");
        clusters.algorithmProperty().set(ClusteringAlgorithm.KMEANS);
        clusters.minKProperty().set(3);
        clusters.maxKProperty().set(3);
        clusters.run();
        assertThat(dialogs.shown()).isEmpty();
        Map<String, String> clustered = clusters.segmentByCustomer().orElseThrow();
        checkSums(clusters.segmentValuesProperty().get(), clustered, fitted.values());
        assertThat(clusters.segments()).allSatisfy(row ->
                assertThat(clusters.segmentValuesProperty().get().of(row.name())).as(row.name()).isPresent());

        // the value columns gone (a new project session has none): no value in either table
        StepColumnsFeed.values(columns, null);
        assertThat(rfm.segmentValuesProperty().get()).isNull();
        assertThat(clusters.segmentValuesProperty().get()).isNull();
    }

    private static void checkSums(SegmentValues shown, Map<String, String> segmentOf, CustomerValues values) {
        assertThat(shown).isNotNull();
        Map<String, double[]> sums = new HashMap<>();
        double all = 0;
        for (int i = 0; i < values.size(); i++) {
            String segment = segmentOf.get(values.customerId(i));
            if (segment == null) {
                continue;
            }
            double[] s = sums.computeIfAbsent(segment, k -> new double[3]);
            s[0] += values.clv(i);
            s[1] += values.pAlive(i);
            s[2]++;
            all += values.clv(i);
        }
        int unknown = 0;
        for (String id : segmentOf.keySet()) {
            unknown += values.rowOf(id).isEmpty() ? 1 : 0;
        }
        assertThat(shown.unvalued()).isEqualTo(unknown);
        assertThat(sums).isNotEmpty();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            SegmentValues.Segment s = shown.of(e.getKey()).orElseThrow();
            double[] hand = e.getValue();
            assertThat(s.customers()).as(e.getKey()).isEqualTo((int) hand[2]);
            assertThat(s.totalClv()).as(e.getKey()).isCloseTo(hand[0], within(1e-6 * Math.max(1, hand[0])));
            assertThat(s.meanClv()).isCloseTo(hand[0] / hand[2], within(1e-6 * Math.max(1, hand[0])));
            assertThat(s.clvShare()).isCloseTo(hand[0] / all, within(1e-9));
            assertThat(s.meanPAlive()).isCloseTo(hand[1] / hand[2], within(1e-12));
        }
    }
}
