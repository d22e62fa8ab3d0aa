package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;

class KSweepTest {

    private final ClusteringService service = new ClusteringService(2);

    @Test
    void aSweepOverPlantedGroupsSuggestsTheirNumberAndSaysWhy() {
        Blobs blobs = Blobs.generate(2_000, 3, 4, 10, 1.0, 11);
        KSweep sweep = service.sweep(blobs.matrix(), KMeansParams.of(2), 2, 8, Progress.none());
        assertThat(sweep.rows()).extracting(KSweepRow::k).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(sweep.suggestedK()).isEqualTo(4);
        assertThat(sweep.reason()).startsWith("k = 4: highest silhouette (");
        assertThat(sweep.elbowK()).isEqualTo(4);
        assertThat(sweep.silhouetteSampled()).isFalse();
        assertThat(sweep.silhouetteSampleSize()).isEqualTo(2_000);
        // WCSS falls as k grows
        for (int i = 1; i < sweep.rows().size(); i++) {
            assertThat(sweep.rows().get(i).wcss()).isLessThan(sweep.rows().get(i - 1).wcss());
        }
    }

    @Test
    void sweepMeasuresEqualThoseOfASingleRunOnTheSameSegments() {
        Blobs blobs = Blobs.threeApart(1_000, 1.0, 3);
        KSweep sweep = service.sweep(blobs.matrix(), KMeansParams.of(3), 3, 3, Progress.none());
        ClusteringResult run = service.run(blobs.matrix(), KMeansParams.of(3), Progress.none());
        assertThat(AdjustedRandIndex.of(run.assignments(), blobs.truth)).isEqualTo(1.0);
        KSweepRow row = sweep.row(3);
        assertThat(row.wcss()).isCloseTo(run.metrics().wcss(), within(1e-9));
        assertThat(row.silhouette()).isCloseTo(run.metrics().silhouette(), within(1e-12));
        assertThat(row.calinskiHarabasz()).isCloseTo(run.metrics().calinskiHarabasz(), within(1e-6));
        assertThat(row.daviesBouldin()).isCloseTo(run.metrics().daviesBouldin(), within(1e-12));
        assertThat(sweep.reason()).isEqualTo("k = 3: the only k tried");
    }

    @Test
    void aboveTenThousandCustomersSilhouettesAreSampledAndTheSweepSaysSo() {
        Blobs blobs = Blobs.threeApart(12_000, 1.0, 3);
        KSweep sweep = service.sweep(blobs.matrix(), KMeansParams.of(3), 2, 4, Progress.none());
        assertThat(sweep.silhouetteSampled()).isTrue();
        assertThat(sweep.silhouetteSampleSize()).isEqualTo(10_000);
        assertThat(sweep.suggestedK()).isEqualTo(3);
    }

    @Test
    void hierarchicalSweepCutsOneTreeAtEveryK() {
        Blobs blobs = Blobs.threeApart(600, 1.0, 9);
        KSweep sweep = service.sweep(blobs.matrix(), HierarchicalParams.of(Linkage.WARD, 3), 2, 6, Progress.none());
        assertThat(sweep.algorithm()).isEqualTo(ClusteringAlgorithm.HIERARCHICAL);
        assertThat(sweep.suggestedK()).isEqualTo(3);
        assertThat(sweep.rows()).allSatisfy(r -> assertThat(r.bic()).isNaN());
    }

    @Test
    void gaussianMixtureSweepAddsTheBicAsACriterion() {
        Blobs blobs = Blobs.threeApart(900, 1.0, 9);
        KSweep sweep = service.sweep(blobs.matrix(), GaussianMixtureParams.of(3), 2, 5, Progress.none());
        assertThat(sweep.suggestedK()).isEqualTo(3);
        assertThat(sweep.reason()).contains("lowest BIC");
        KSweepRow best = sweep.rows().stream().min(java.util.Comparator.comparingDouble(KSweepRow::bic)).orElseThrow();
        assertThat(best.k()).isEqualTo(3);
    }

    @Test
    void dbscanCannotBeSwept() {
        FeatureMatrix m = Blobs.generate(100, 2, 2, 10, 1, 1).matrix();
        assertThatThrownBy(() -> service.sweep(m, DbscanParams.of(0.5, 5), 2, 5, Progress.none()))
                .hasMessageContaining("dbscan finds k itself");
    }

    @Test
    void aRangeBeyondTheCustomersIsRefused() {
        FeatureMatrix m = Blobs.generate(10, 2, 2, 10, 1, 1).matrix();
        assertThatThrownBy(() -> service.sweep(m, KMeansParams.of(2), 2, 12, Progress.none()))
                .hasMessageContaining("only 10 customers");
        assertThatThrownBy(() -> service.sweep(m, KMeansParams.of(2), 1, 4, Progress.none()))
                .hasMessageContaining("2 or more");
    }

    @Test
    void votesAreCountedAndTiesGoToTheHigherSilhouette() {
        // silhouette → 3, CH → 5, DB → 5, elbow → 3 (WCSS bends at 3): 2 votes each, silhouette breaks the tie
        List<KSweepRow> rows = List.of(
                new KSweepRow(2, 100, 0.30, 50, 0.9, Double.NaN),
                new KSweepRow(3, 30, 0.45, 60, 0.8, Double.NaN),
                new KSweepRow(4, 25, 0.40, 70, 0.7, Double.NaN),
                new KSweepRow(5, 22, 0.35, 80, 0.6, Double.NaN),
                new KSweepRow(6, 20, 0.30, 75, 0.65, Double.NaN));
        KChoice.Suggestion s = KChoice.suggest(rows, false);
        assertThat(s.k()).isEqualTo(3);
        assertThat(s.elbowK()).isEqualTo(3);
        assertThat(s.reason()).isEqualTo("k = 3: highest silhouette (0.45) and the elbow flattens after 3; "
                + "Calinski–Harabasz prefers 5, Davies–Bouldin prefers 5");
    }
}
