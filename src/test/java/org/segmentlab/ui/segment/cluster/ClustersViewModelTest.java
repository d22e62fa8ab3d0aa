package org.segmentlab.ui.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.segment.cluster.ClusteringService;
import org.segmentlab.ui.data.DataReader;
import org.segmentlab.ui.data.DataViewModel;
import org.segmentlab.ui.testing.DirectTaskRunner;
import org.segmentlab.ui.testing.RecordingDialogs;

class ClustersViewModelTest {

    @TempDir
    Path dir;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DataViewModel data = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);
    private final ProjectSettingsAccess project = ProjectSettingsAccess.inMemory();
    private final ClustersViewModel model = new ClustersViewModel(data, project, tasks, dialogs,
            new ClusteringService(1));

    /** Four tight groups of 60 customers around (0,0), (10,0), (0,10), (10,10), plus a noise column. */
    private void loadPlantedBlobs() throws Exception {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("customer,spend,visits,noise\n");
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
        int id = 1;
        for (double[] centre : centres) {
            for (int i = 0; i < 60; i++) {
                csv.append(String.format(Locale.ROOT, "C%d,%.4f,%.4f,%.4f%n", id++,
                        centre[0] + random.nextGaussian() * 0.5, centre[1] + random.nextGaussian() * 0.5,
                        random.nextGaussian()));
            }
        }
        Path file = dir.resolve("blobs.csv");
        Files.writeString(file, csv.toString());
        data.importFile(file);
        model.sourceProperty().set(data.selected());
    }

    private void runOnSpendAndVisits() throws Exception {
        loadPlantedBlobs();
        model.features().setAll("spend", "visits");
        model.minKProperty().set(2);
        model.maxKProperty().set(7);
        model.run();
    }

    @Test
    void choosingATableOffersItsNumericColumnsAndGuessesTheIdColumn() throws Exception {
        loadPlantedBlobs();

        assertThat(model.idColumnProperty().get()).isEqualTo("customer");
        assertThat(model.numericColumns()).containsExactly("spend", "visits", "noise");
        assertThat(model.features()).containsExactly("spend", "visits", "noise");
    }

    @Test
    void sweepOnPlantedBlobsSuggestsThePlantedNumberOfSegments() throws Exception {
        runOnSpendAndVisits();

        ClusterOutcome outcome = model.outcome();
        assertThat(dialogs.shown()).isEmpty();
        assertThat(outcome.sweep().suggestedK()).isEqualTo(4);
        assertThat(outcome.k()).isEqualTo(4);
        assertThat(model.segments()).hasSize(4).allSatisfy(row -> {
            assertThat(row.size()).isEqualTo(60);
            assertThat(row.share()).isEqualTo(0.25);
        });
        assertThat(model.segments()).extracting(SegmentRow::colourIndex).containsExactly(1, 2, 3, 4);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("4 segments of 240 customers; ");
    }

    @Test
    void choosingAnotherKReusesTheSweepAndReSegments() throws Exception {
        runOnSpendAndVisits();
        var sweep = model.outcome().sweep();

        model.applyK(2);

        assertThat(model.outcome().k()).isEqualTo(2);
        assertThat(model.outcome().sweep()).isSameAs(sweep);
        assertThat(model.segments()).extracting(SegmentRow::size).containsExactly(120, 120);
    }

    @Test
    void renameShowsTheNewNameAndUndoBringsBackTheOldOne() throws Exception {
        runOnSpendAndVisits();
        String before = model.segments().get(1).name();

        assertThat(model.rename(1, "  Weekend big spenders ")).isTrue();
        assertThat(model.segments().get(1).name()).isEqualTo("Weekend big spenders");
        assertThat(model.labels().nameOf(1)).isEqualTo("Weekend big spenders");
        assertThat(ClusterCharts.names(model.labels(), model.outcome())).containsEntry(2, "Weekend big spenders");
        assertThat(model.canUndoProperty().get()).isTrue();

        model.undo();

        assertThat(model.segments().get(1).name()).isEqualTo(before);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void renameToANameAnotherSegmentHasIsRefusedWithAMessage() throws Exception {
        runOnSpendAndVisits();
        String taken = model.segments().get(0).name();

        assertThat(model.rename(1, taken.toUpperCase(Locale.ROOT))).isFalse();

        assertThat(dialogs.errors()).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("already called"));
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void namesAndTheRunAreSavedInTheProjectSettings() throws Exception {
        runOnSpendAndVisits();
        model.rename(0, "Loyal");
        model.rename(2, "Drifting");
        model.undo();

        List<NamedSegment> saved = project.settings().segments();
        assertThat(saved).hasSize(4).allSatisfy(s -> assertThat(s.runId()).isEqualTo(ClustersViewModel.RUN_ID));
        assertThat(saved).filteredOn(s -> s.segmentId() == 0).extracting(NamedSegment::name).containsExactly("Loyal");
        assertThat(saved).extracting(NamedSegment::name).doesNotContain("Drifting");
        var run = project.settings().clusteringRun(ClustersViewModel.RUN_ID).orElseThrow();
        assertThat(run.features()).containsExactly("spend", "visits");
        assertThat(run.algorithm()).isEqualTo("kmeans");
        assertThat(run.k()).isEqualTo(4);
        assertThat(run.kRange()).isEqualTo("2..7");
        assertThat(run.seed()).isEqualTo(42L);
    }

    @Test
    void everySegmentShowsAnActionAndAWrittenOneIsSavedAndCanBeTakenBack() throws Exception {
        runOnSpendAndVisits();
        assertThat(model.segments()).allSatisfy(r -> assertThat(r.action())
                .startsWith(org.segmentlab.core.segment.cluster.ActionSuggester.PREFIX));
        String suggested = model.segments().stream().filter(r -> r.segmentId() == 1).findFirst().orElseThrow().action();

        assertThat(model.setAction(1, "  Invite them to the weekend event ")).isTrue();
        assertThat(model.segments().stream().filter(r -> r.segmentId() == 1).findFirst().orElseThrow().action())
                .isEqualTo("Invite them to the weekend event");
        assertThat(project.settings().segments()).filteredOn(s -> s.segmentId() == 1)
                .extracting(NamedSegment::notes).containsExactly("Invite them to the weekend event");
        // a suggestion is not taken as written, and the same text twice changes nothing
        assertThat(model.setAction(2, suggested)).isFalse();
        assertThat(model.setAction(1, "Invite them to the weekend event")).isFalse();

        assertThat(model.setAction(1, " ")).isTrue();
        assertThat(model.segments().stream().filter(r -> r.segmentId() == 1).findFirst().orElseThrow().action())
                .isEqualTo(suggested);
    }

    @Test
    void runningTheSameSettingsAgainKeepsTheNamesTheProjectSaved() throws Exception {
        runOnSpendAndVisits();
        model.rename(3, "Night owls");

        model.run();

        assertThat(model.labels().nameOf(3)).isEqualTo("Night owls");
    }

    @Test
    void valueEngagementThresholdsDefaultToTheMediansAndQuadrantsAddUp() throws Exception {
        runOnSpendAndVisits();

        assertThat(model.engagementMeasureProperty().get()).isEqualTo("spend");
        assertThat(model.valueMeasureProperty().get()).isEqualTo("visits");
        double median = ValueEngagement.median(model.outcome().matrix(), "spend");
        assertThat(model.engagementThresholdProperty().get()).isEqualTo(median);
        // Half the customers sit near 0 and half near 10, so the median lies between the groups.
        assertThat(median).isBetween(1.0, 9.0);
        var quadrants = ValueEngagement.quadrants(model.outcome().matrix(), "spend", "visits",
                model.engagementThresholdProperty().get(), model.valueThresholdProperty().get());
        assertThat(quadrants).extracting(q -> q.customers()).containsOnly(60L);
        assertThat(quadrants.stream().mapToDouble(q -> q.revenueShare()).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        var matrix = new org.segmentlab.core.features.FeatureMatrix(List.of("a", "b", "c", "d"), List.of("x"),
                new double[][] {{4}, {1}, {Double.NaN}, {3}});
        assertThat(ValueEngagement.median(matrix, "x")).isEqualTo(3.0);
    }

    @Test
    void runWithoutFeaturesSaysWhatIsMissing() throws Exception {
        loadPlantedBlobs();
        model.features().clear();

        model.run();

        assertThat(dialogs.errors()).singleElement()
                .satisfies(shown -> assertThat(shown.message()).isEqualTo("Choose at least one feature column to cluster on."));
        assertThat(model.outcome()).isNull();
    }

    @Test
    void mapDrawsASeededSampleAboveTwentyThousandCustomers() {
        int[] picked = ClusterOutcome.sample(50_000, 42);
        assertThat(picked).hasSize(ClusterOutcome.MAP_POINTS).isSorted();
        assertThat(java.util.Arrays.stream(picked).distinct().count()).isEqualTo(ClusterOutcome.MAP_POINTS);
        assertThat(picked).isEqualTo(ClusterOutcome.sample(50_000, 42));
        assertThat(ClusterOutcome.sample(10, 42)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    /** A second panel on the same project, as after the project is saved and opened again. */
    private ClustersViewModel reopened() {
        DataViewModel again = new DataViewModel(DataReader.tableImporter(), tasks, dialogs);
        ClustersViewModel model = new ClustersViewModel(again, project, tasks, dialogs, new ClusteringService(1));
        model.panelShown();
        again.replaceSources(data.sourceRefs(), null);
        return model;
    }

    @Test
    void aReopenedProjectRestoresTheSavedSettingsAndRunsThemAgainWithTheirNames() throws Exception {
        loadPlantedBlobs();
        model.features().setAll("spend", "visits");
        model.scalingProperty().set(org.segmentlab.core.features.scale.FeatureScaling.MINMAX);
        model.minKProperty().set(2);
        model.maxKProperty().set(6);
        model.seedProperty().set(7);
        model.run();
        model.applyK(3);
        model.rename(2, "Night owls");

        ClustersViewModel second = reopened();

        assertThat(second.choiceProperty().get().source().name()).isEqualTo("blobs.csv");
        assertThat(second.choiceProperty().get().customers()).isFalse();
        assertThat(second.idColumnProperty().get()).isEqualTo("customer");
        assertThat(second.features()).containsExactly("spend", "visits");
        assertThat(second.scalingProperty().get()).isEqualTo(org.segmentlab.core.features.scale.FeatureScaling.MINMAX);
        assertThat(second.minKProperty().get()).isEqualTo(2);
        assertThat(second.maxKProperty().get()).isEqualTo(6);
        assertThat(second.seedProperty().get()).isEqualTo(7);
        // run again on its own, with the k the analyst chose rather than the sweep's 4
        assertThat(second.outcome()).isNotNull();
        assertThat(second.outcome().k()).isEqualTo(3);
        assertThat(second.labels().nameOf(2)).isEqualTo("Night owls");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void runningTheSavedRunAgainOnReopenLeavesTheProjectAsItWas() throws Exception {
        runOnSpendAndVisits();
        model.rename(1, "Weekend big spenders");
        // a note written elsewhere (the sample generator, an earlier version) stays with its segment
        NamedSegment noted = project.settings().segments().stream().filter(n -> n.segmentId() == 1)
                .findFirst().orElseThrow().withNotes("Send the weekend catalogue");
        project.update(settings -> settings.withSegment(noted));
        var before = project.settings();

        ClustersViewModel second = reopened();

        assertThat(second.outcome()).isNotNull();
        assertThat(second.labels().nameOf(1)).isEqualTo("Weekend big spenders");
        // not even the time of the run changed, so the workbench sees nothing new to save
        assertThat(project.settings()).isEqualTo(before);
    }

    @Test
    void renamingKeepsTheEaseScoredForTheSegmentInTheReportStep() throws Exception {
        runOnSpendAndVisits();
        NamedSegment scored = project.settings().segments().stream().filter(n -> n.segmentId() == 1)
                .findFirst().orElseThrow().withEase(5);
        project.update(settings -> settings.withSegment(scored));

        model.rename(1, "Weekend big spenders");

        NamedSegment saved = project.settings().segments().stream().filter(n -> n.segmentId() == 1)
                .findFirst().orElseThrow();
        assertThat(saved.name()).isEqualTo("Weekend big spenders");
        assertThat(saved.ease()).isEqualTo(5);
        assertThat(project.settings().segments()).filteredOn(n -> n.segmentId() != 1)
                .allSatisfy(n -> assertThat(n.ease()).isNull());
    }

    @Test
    void aGaussianMixtureKeepsItsCovarianceTypeThroughAReopen() throws Exception {
        loadPlantedBlobs();
        model.features().setAll("spend", "visits");
        model.algorithmProperty().set(org.segmentlab.core.segment.cluster.ClusteringAlgorithm.GMM);
        model.covarianceProperty().set(org.segmentlab.core.segment.cluster.CovarianceType.DIAGONAL);
        model.minKProperty().set(2);
        model.maxKProperty().set(5);
        model.run();

        assertThat(project.settings().clusteringRun(ClustersViewModel.RUN_ID).orElseThrow().covariance())
                .isEqualTo("diagonal");
        ClustersViewModel second = reopened();

        assertThat(second.algorithmProperty().get())
                .isEqualTo(org.segmentlab.core.segment.cluster.ClusteringAlgorithm.GMM);
        assertThat(second.covarianceProperty().get())
                .isEqualTo(org.segmentlab.core.segment.cluster.CovarianceType.DIAGONAL);
    }

    @Test
    void changedSettingsAfterAReopenGetTheSweepsSuggestionAgain() throws Exception {
        loadPlantedBlobs();
        model.features().setAll("spend", "visits");
        model.run();
        model.applyK(3);

        ClustersViewModel second = reopened();
        second.features().setAll("spend", "visits", "noise");
        second.run();

        assertThat(second.outcome().k()).isEqualTo(second.outcome().sweep().suggestedK());
    }

    @Test
    void aSavedRunOnAnotherTableLeavesTheChosenTableAsItIs() throws Exception {
        loadPlantedBlobs();
        model.features().setAll("spend", "visits");
        model.run();
        project.update(settings -> settings.withClusteringRun(settings.clusteringRun(ClustersViewModel.RUN_ID)
                .orElseThrow().withInput("elsewhere", org.segmentlab.core.project.ClusteringRun.TABLE_INPUT, "id")));

        ClustersViewModel second = reopened();
        second.sourceProperty().set(second.sources().get(0));

        assertThat(second.features()).containsExactly("spend", "visits", "noise");
        assertThat(second.outcome()).isNull();
    }

    @Test
    void draggedThresholdsAreRoundedToThreeFiguresAndShownWithoutTrailingZeros() {
        assertThat(ValueEngagementView.round(211.83746)).isEqualTo(212.0);
        assertThat(ValueEngagementView.round(0.0123456)).isEqualTo(0.0123);
        assertThat(ValueEngagementView.format(212.0)).isEqualTo("212");
        assertThat(ValueEngagementView.format(200.25)).isEqualTo("200.25");
        assertThat(ValueEngagementView.format(12_345.0)).isEqualTo("12345");
    }

    @Test
    void theQuadrantsFollowTheThresholdsAndSayWhatTheirShareIsOf() throws Exception {
        runOnSpendAndVisits();

        model.engagementThresholdProperty().set(5);
        model.valueThresholdProperty().set(5);

        // the four planted groups sit one in each quadrant
        assertThat(model.quadrants()).extracting(q -> q.customers()).containsOnly(60L);
        assertThat(model.quadrants().get(0).summary()).endsWith("of all visits");
        model.engagementThresholdProperty().set(-100);
        assertThat(model.quadrants().stream().filter(q -> q.corner().name().endsWith("RIGHT"))
                .mapToLong(q -> q.customers()).sum()).isEqualTo(240);
    }

    @Test
    void theTreeIsCutBetweenTheLastMergeKeptAndTheFirstUndone() throws Exception {
        loadPlantedBlobs();
        model.features().setAll("spend", "visits");
        model.algorithmProperty().set(org.segmentlab.core.segment.cluster.ClusteringAlgorithm.HIERARCHICAL);
        model.run();

        var tree = model.outcome().result().dendrogram();
        int k = model.outcome().k();
        double cut = ClusterCharts.cutHeight(tree, k);
        assertThat(tree.cutAtHeight(cut)).isEqualTo(tree.cutIntoSegments(k));
        assertThat(java.util.Arrays.stream(tree.cutAtHeight(cut)).distinct().count()).isEqualTo(k);
    }
}
