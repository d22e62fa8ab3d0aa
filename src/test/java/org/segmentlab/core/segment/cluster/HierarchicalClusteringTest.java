package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.core.features.scale.FeatureScaling;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.CompleteLinkage;
import smile.clustering.linkage.UPGMALinkage;

class HierarchicalClusteringTest {

    private final ClusteringService service = new ClusteringService(2);

    /**
     * Customers at 0, 1, 4 and 10. All linkages first join 0 and 1 at 1.
     * Complete: {0,1}–4 = max(4, 3) = 4, {0,1}–10 = 10, 4–10 = 6 → join 4 at 4; then max(10, 9, 6) = 10.
     * Average: {0,1}–4 = 3.5, {0,1}–10 = 9.5, 4–10 = 6 → 3.5; then (10 + 9 + 6) / 3 = 25/3.
     * Ward: sqrt(2·nA·nB / (nA + nB))·|mean distance|: {0,1}–4 = sqrt(4/3)·3.5 = 4.0414519,
     * {0,1}–10 = sqrt(4/3)·9.5, 4–10 = 6 → 4.0414519; {0,1,4}–10 = sqrt(1.5)·(10 − 5/3) = 10.2062073.
     * SciPy's linkage() gives the same heights.
     */
    @ParameterizedTest
    @CsvSource({
        "WARD, 1, 4.041451884327381, 10.206207261596575",
        "COMPLETE, 1, 4, 10",
        "AVERAGE, 1, 3.5, 8.333333333333334"
    })
    void mergeHeightsEqualHandComputedValues(Linkage linkage, double h1, double h2, double h3) {
        FeatureMatrix m = KMeansClusteringTest.matrix(new double[][] {{0}, {1}, {4}, {10}}, "x");
        ClusteringResult r = service.run(m, new HierarchicalParams(linkage, 2, null, FeatureScaling.NONE, 42),
                Progress.none());
        Dendrogram tree = r.dendrogram();
        assertThat(tree.merges().stream().mapToDouble(Dendrogram.Merge::height).toArray())
                .containsExactly(new double[] {h1, h2, h3}, within(1e-5));
        // merge 0 joins customers 0 and 1 into group 4; merge 1 joins 2 and group 4 into 5; then 3 and 5
        assertThat(tree.merges()).extracting(mg -> mg.left() + "+" + mg.right() + "=" + mg.size())
                .containsExactly("0+1=2", "2+4=3", "3+5=4");
        assertThat(r.assignments()).containsExactly(0, 0, 0, 1);
        assertThat(tree.cutIntoSegments(3)).containsExactly(0, 0, 1, 2);
        assertThat(tree.cutIntoSegments(1)).containsExactly(0, 0, 0, 0);
        assertThat(tree.cutIntoSegments(4)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void theTreeCanBeCutAtAHeight() {
        FeatureMatrix m = KMeansClusteringTest.matrix(new double[][] {{0}, {1}, {4}, {10}}, "x");
        HierarchicalParams params = new HierarchicalParams(Linkage.COMPLETE, 0, 5.0, FeatureScaling.NONE, 42);
        ClusteringResult r = service.run(m, params, Progress.none());
        assertThat(r.k()).isEqualTo(2);
        assertThat(r.assignments()).containsExactly(0, 0, 0, 1);
        assertThat(r.dendrogram().cutAtHeight(0.5)).containsExactly(0, 1, 2, 3);
        assertThat(r.dendrogram().heightForSegments(2)).isEqualTo(10);
    }

    /** Smile's own implementation (a different algorithm: the naive one) must give the same heights. */
    @ParameterizedTest
    @EnumSource(value = Linkage.class, names = {"COMPLETE", "AVERAGE"})
    void heightsAgreeWithSmileOnRandomData(Linkage linkage) {
        Random rnd = new Random(12);
        double[][] rows = new double[150][3];
        for (double[] r : rows) {
            for (int f = 0; f < 3; f++) {
                r[f] = rnd.nextGaussian();
            }
        }
        double[] x = Labels.flatten(rows, 3);
        Dendrogram ours = Agglomerative.build(x, rows.length, 3, linkage, Progress.none());
        HierarchicalClustering smile = HierarchicalClustering.fit(linkage == Linkage.COMPLETE
                ? CompleteLinkage.of(rows) : UPGMALinkage.of(rows));
        double[] theirs = smile.height().clone();
        Arrays.sort(theirs);
        double[] mine = ours.merges().stream().mapToDouble(Dendrogram.Merge::height).toArray();
        assertThat(mine).containsExactly(theirs, within(1e-4));
        int[] smileCut = smile.partition(4);
        assertThat(AdjustedRandIndex.of(ours.cutIntoSegments(4), smileCut)).isEqualTo(1.0);
    }

    @Test
    void wardRecoversPlantedGroups() {
        Blobs blobs = Blobs.threeApart(900, 1.0, 4);
        ClusteringResult r = service.run(blobs.matrix(), HierarchicalParams.of(Linkage.WARD, 3), Progress.none());
        assertThat(AdjustedRandIndex.of(r.assignments(), blobs.truth)).isGreaterThanOrEqualTo(0.95);
        // heights never go down along the sorted tree
        double previous = 0;
        for (Dendrogram.Merge merge : r.dendrogram().merges()) {
            assertThat(merge.height()).isGreaterThanOrEqualTo(previous);
            previous = merge.height();
        }
        assertThat(r.dendrogram().merges().get(898).size()).isEqualTo(900);
    }

    @Test
    void moreThanTwentyThousandCustomersAreRefusedWithAClearMessage() {
        double[][] rows = new double[20_001][1];
        for (int i = 0; i < rows.length; i++) {
            rows[i][0] = i;
        }
        FeatureMatrix m = KMeansClusteringTest.matrix(rows, "x");
        assertThatThrownBy(() -> service.run(m, HierarchicalParams.of(Linkage.AVERAGE, 3), Progress.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limited to 20000 customers")
                .hasMessageContaining("this data has 20001");
    }
}
